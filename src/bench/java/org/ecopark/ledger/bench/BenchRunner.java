package org.ecopark.ledger.bench;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ecopark.ledger.Launcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmark: for each park size, prepares (or reuses) the generated park and runs each scenario in a JVM
 * of its own with a heap of {@link #HEAP} (so that its peak heap and resident memory are its own, and a scenario
 * that needs more memory than the budget fails instead of hiding in a large heap), then writes the results table.
 */
public final class BenchRunner {

    public static final List<String> SCENARIOS = List.of(StartScenario.NAME, EvaluationScenario.NAME,
            ImportScenario.NAME, ExportScenario.NAME, SaveScenario.NAME, BureauScenario.NAME);
    /** The scenarios that run on a PostgreSQL server too, when the run names one ({@link BenchOptions#server}). */
    public static final List<String> SERVER_SCENARIOS = List.of(EvaluationScenario.NAME, ImportScenario.NAME,
            ExportScenario.NAME);
    /** The heap of every scenario's JVM, the windows' included: the peak heap's budget ({@link Budget#PEAK_HEAP}). */
    static final String HEAP = "-Xmx512m";
    /**
     * The options the installed program's launcher starts its JVM with ({@code installer/jpackage-app-image.txt}), but
     * for its heap (the benchmark's is {@link #HEAP}) and its class-data-sharing archive (the start scenario measures
     * with and without one): every JVM of the benchmark is started so, the floors' as the program's.
     */
    static final List<String> LAUNCHER_OPTIONS = List.of("-Dfile.encoding=UTF-8", "-XX:CompileThresholdScaling=4");
    /**
     * The options of every JVM the benchmark starts: the launcher's, the benchmark's heap, and a JVM out of memory
     * ends at once, instead of limping on.
     */
    static final List<String> JVM_OPTIONS = Stream.concat(Stream.of(HEAP,
            "-XX:+ExitOnOutOfMemoryError"), LAUNCHER_OPTIONS.stream()).toList();
    static final String OUT_OF_MEMORY = "did not finish: out of memory with " + HEAP;

    private static final Logger LOGGER = LoggerFactory.getLogger(BenchRunner.class);
    private static final long SCENARIO_TIMEOUT_MINUTES = 60;

    /**
     * What a run produced: the table's text, the file it was written to, its figures on H2 and those on the PostgreSQL
     * server (empty without one), and the file that lists both, one figure a line ({@link ResultTable#figureLines}).
     */
    public record Result(String markdown, Path file, List<Figure> figures, List<Figure> serverFigures, Path figuresFile) {
    }

    private BenchRunner() {
    }

    public static Result run(BenchOptions options) throws IOException, InterruptedException {
        MemoryUse.watchCollections();
        Path work = options.work().toAbsolutePath();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        List<Figure> figures = new ArrayList<>();
        List<Figure> serverFigures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        BenchServer server = options.server() == null ? null : new BenchServer(options.server());
        if (server != null) {
            server.check();
        }
        try {
            for (int enterprises : options.sizes()) {
                String label = options.label(enterprises);
                BenchLedger park = new BenchLedger.FileCopy(BenchPark.prepare(work, enterprises, options.years(),
                        options.source() == null ? null : options.source().toAbsolutePath()));
                BenchLedger.ServerCopy serverPark = server != null && options.scenarios().stream().anyMatch(options::onServer)
                        ? generateOnServer(server, enterprises, options.years(), label, notes) : null;
                Path folder = work.resolve(enterprises + "x" + options.years());
                for (String scenario : options.scenarios()) {
                    LOGGER.info("Benchmark scenario {} on {}", scenario, label);
                    List<String> scenarioNotes = new ArrayList<>();
                    List<Figure> measured = measure(scenario, park, folder, options, enterprises, scenarioNotes);
                    measured.forEach(figure -> figures.add(figure.atPark(label)));
                    scenarioNotes.forEach(note -> notes.add(label + ", " + note));
                    if (serverPark != null && options.onServer(scenario)) {
                        LOGGER.info("Benchmark scenario {} on {}, PostgreSQL", scenario, label);
                        List<String> serverNotes = new ArrayList<>();
                        try {
                            measure(scenario, serverPark, BenchServer.folder(folder), options, enterprises, serverNotes)
                                    .forEach(figure -> serverFigures.add(figure.atPark(label)));
                        } finally {
                            server.dropAll(serverPark.address().database() + "_"); // the scenario's copies
                        }
                        serverNotes.forEach(note -> notes.add(label + ", " + BenchLedger.POSTGRESQL + ", " + note));
                    }
                }
            }
        } finally {
            if (server != null) {
                server.dropAll(BenchServer.runPrefix());
            }
        }
        notes.addAll(generalNotes(options));
        String title = "EcoPark Ledger benchmark, " + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC: park "
                + BenchPark.parkCode() + " of " + options.sizes().stream().map(String::valueOf)
                .collect(Collectors.joining(" and ")) + " enterprises × " + options.years() + " years, as of " + options.asOf();
        String markdown = ResultTable.markdown(title, Machine.current(), figures, serverFigures, notes);
        Path file = options.out() != null ? options.out()
                : work.resolve("results-" + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".md");
        ResultTable.write(file, markdown);
        Path figuresFile = file.resolveSibling(file.getFileName().toString().replaceFirst("\\.md$", "") + ".tsv");
        ResultTable.write(figuresFile, ResultTable.figureLines(figures, serverFigures));
        return new Result(markdown, file, figures, serverFigures, figuresFile);
    }

    /** The park of this size generated on the server (not timed; how long it took is a note). */
    private static BenchLedger.ServerCopy generateOnServer(BenchServer server, int enterprises, int years, String label,
                                                           List<String> notes) throws IOException {
        LOGGER.info("Generating the park {} on {}", label, server.admin());
        long start = System.nanoTime();
        BenchLedger.ServerCopy park = server.generatePark(enterprises, years);
        notes.add(label + ", " + BenchLedger.POSTGRESQL + ": the park generated into " + park.address().database()
                + " in " + Samples.format(Samples.millisSince(start) / 1000) + " s (not timed; dropped at the end)");
        return park;
    }

    /** One scenario on one park; a scenario that fails gives a failure row and a note, not an end to the run. */
    private static List<Figure> measure(String scenario, BenchLedger park, Path folder, BenchOptions options, int enterprises,
                                        List<String> notes) throws IOException, InterruptedException {
        if (scenario.equals(StartScenario.NAME)) {
            if (!StartScenario.displayAvailable()) {
                notes.add("start: skipped, no display (set DISPLAY, e.g. Xvfb :99 & DISPLAY=:99)");
                return List.of();
            }
            try {
                return new StartScenario(folder, classPath()).run(file(park), options.runs(), notes);
            } catch (IOException e) {
                // the other scenarios need no window: a broken display must not cost their figures
                LOGGER.warn("The start scenario failed", e);
                boolean memory = e instanceof StartScenario.OutOfMemory;
                notes.add("start: " + (memory ? "the window ran out of memory with " + HEAP + ", " : "failed, ")
                        + e.getMessage());
                return List.of(Figure.failed(StartScenario.NAME, memory ? OUT_OF_MEMORY : "did not finish (see the notes)"));
            }
        }
        if (options.inProcess()) {
            return runScenario(scenario, park, folder, options.runs(), options.asOf(), options.importRowsAt(enterprises),
                    peer(park, options), notes);
        }
        return inOwnJvm(scenario, park, folder, options, enterprises, notes);
    }

    private static List<String> generalNotes(BenchOptions options) {
        List<String> notes = new ArrayList<>();
        if (options.scenarios().contains(ImportScenario.NAME)) {
            notes.add("import: " + options.importRows() + " statistics rows at the largest park, in proportion to the "
                    + "enterprises at a smaller one (" + options.sizes().stream()
                    .map(size -> options.importRowsAt(size) + " at " + options.label(size))
                    .collect(Collectors.joining(", ")) + ").");
            notes.add(options.soffice() == null
                    ? "import: the LibreOffice peer skipped, soffice not found (install LibreOffice, or --soffice FILE)."
                    : "import: the peer row is LibreOffice (" + options.soffice() + ") converting the same workbooks to "
                    + "CSV in one headless process, with a profile made before the runs: it converts each workbook's "
                    + "first sheet, the values sheet that holds the statistics rows, and checks and stores nothing "
                    + "(informative, no budget; its ratio is the import's time over LibreOffice's).");
        }
        notes.add("Each figure is the median of its runs; a floor is measured in the same run. "
                + (options.inProcess() ? "" : "Every scenario's JVM, the windows' and the floors' included, runs with "
                + "the installed program's launcher options " + String.join(" ", LAUNCHER_OPTIONS) + " and " + HEAP
                + " (the peak heap's budget), not the launcher's 1 GB or the default quarter of the machine's memory: "
                + "a scenario that needs more fails with a row \"" + OUT_OF_MEMORY + "\", **OVER**. ")
                + "Peak heap (after GC) is the most the heap held right after a collection; the heap pools' peaks "
                + "include the garbage the collector let pile up.");
        if (options.inProcess()) {
            notes.add("All scenarios but the start ran in one JVM, with its heap: their memory figures add up.");
        }
        return notes;
    }

    /** One scenario in this JVM, with this JVM's memory figures. */
    static List<Figure> runScenario(String scenario, BenchLedger park, Path work, int runs, LocalDate asOf, int importRows,
                                    Path soffice, List<String> notes) throws IOException {
        List<Figure> figures = new ArrayList<>(switch (scenario) {
            case EvaluationScenario.NAME -> EvaluationScenario.run(park, work, runs, asOf);
            case ImportScenario.NAME -> ImportScenario.run(park, work, runs, importRows, soffice, notes);
            case ExportScenario.NAME -> ExportScenario.run(park, work, runs, asOf);
            case SaveScenario.NAME -> SaveScenario.run(file(park), work, runs);
            case BureauScenario.NAME -> BureauScenario.run(file(park), work, runs, asOf);
            default -> throw new IllegalArgumentException("Not an in-JVM scenario: " + scenario);
        });
        figures.addAll(MemoryUse.now().figures(scenario));
        return figures;
    }

    /** The H2 file of a scenario that runs on H2 only. */
    private static Path file(BenchLedger park) {
        if (park instanceof BenchLedger.FileCopy copy) {
            return copy.file();
        }
        throw new IllegalArgumentException("This scenario runs on H2 only, not on " + park.database());
    }

    /** The import's peer: LibreOffice reads the same workbooks whatever the database, so it is measured once, with H2. */
    private static Path peer(BenchLedger park, BenchOptions options) {
        return park instanceof BenchLedger.FileCopy ? options.soffice() : null;
    }

    private static List<Figure> inOwnJvm(String scenario, BenchLedger park, Path work, BenchOptions options, int enterprises,
                                         List<String> notes) throws IOException, InterruptedException {
        Files.createDirectories(work);
        Path figures = work.resolve(scenario + "-figures.tsv");
        Path log = work.resolve(scenario + ".log");
        Files.deleteIfExists(figures);
        Process process = ledgerJvm(work, park, log, ScenarioMain.class, List.of(scenario, park.argument(),
                work.toString(), Integer.toString(options.runs()), options.asOf().toString(),
                Integer.toString(options.importRowsAt(enterprises)), figures.toString(),
                peer(park, options) == null ? ScenarioMain.NONE : peer(park, options).toString())).start();
        if (!process.waitFor(SCENARIO_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            notes.add(scenario + ": did not finish in " + SCENARIO_TIMEOUT_MINUTES + " minutes; see " + log);
            return List.of(Figure.failed(scenario, "did not finish in " + SCENARIO_TIMEOUT_MINUTES + " minutes"));
        }
        if (process.exitValue() != 0 || !Files.exists(figures)) {
            if (ranOutOfMemory(log)) {
                notes.add(scenario + ": its JVM ran out of memory with " + HEAP + " (java.lang.OutOfMemoryError); see " + log);
                return List.of(Figure.failed(scenario, OUT_OF_MEMORY));
            }
            notes.add(scenario + ": failed (exit " + process.exitValue() + "); see " + log);
            return List.of(Figure.failed(scenario, "did not finish (exit " + process.exitValue() + ")"));
        }
        List<Figure> read = new ArrayList<>();
        for (String line : Files.readAllLines(figures, StandardCharsets.UTF_8)) {
            if (line.startsWith(ScenarioMain.NOTE)) {
                notes.add(line.substring(ScenarioMain.NOTE.length()));
            } else if (!line.isBlank()) {
                read.add(Figure.parse(line));
            }
        }
        return read;
    }

    /**
     * A JVM of the benchmark's options running {@code main} on {@code park}: its logs in {@code work}, its output in
     * {@code log}; a server's password reaches it as the program's commands take it, never as an argument.
     */
    static ProcessBuilder ledgerJvm(Path work, BenchLedger park, Path log, Class<?> main, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(javaCommand()));
        command.addAll(JVM_OPTIONS);
        command.addAll(List.of("-Decopark.logdir=" + work.resolve("logs"), "-cp", classPath(), main.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        if (park instanceof BenchLedger.ServerCopy) {
            builder.environment().put(BenchServer.PASSWORD_VARIABLE, new String(BenchServer.password()));
        }
        return builder;
    }

    /** Whether a JVM's log says it ran out of memory (-XX:+ExitOnOutOfMemoryError prints the error's name). */
    static boolean ranOutOfMemory(Path log) throws IOException {
        return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains("OutOfMemoryError");
    }

    /**
     * The class path of the JVMs the benchmark starts: this JVM's, and the program's jar when it came in through the
     * bench jar's manifest ({@code java -jar target/ecopark-ledger-bench.jar} puts only the bench jar on
     * {@code java.class.path}). Spelled out, so that a CDS archive is made and used with the same class path.
     */
    static String classPath() {
        List<Path> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        CodeSource program = Launcher.class.getProtectionDomain().getCodeSource();
        try {
            Path location = program == null ? null : Path.of(program.getLocation().toURI()).toAbsolutePath().normalize();
            if (location != null && !entries.contains(location)) {
                entries.add(location);
            }
        } catch (URISyntaxException e) {
            LOGGER.warn("Cannot tell where the program's classes come from; the class path is this JVM's", e);
        }
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** The java executable running this JVM, so that every scenario runs on the same runtime. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
