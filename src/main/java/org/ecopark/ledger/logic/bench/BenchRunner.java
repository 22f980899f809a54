package org.ecopark.ledger.logic.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the benchmark: prepares (or reuses) the generated park, runs each scenario in a JVM of its own (so
 * that its peak heap and resident memory are its own), and writes the results table.
 */
public final class BenchRunner {

    public static final List<String> SCENARIOS = List.of(StartScenario.NAME, EvaluationScenario.NAME,
            ImportScenario.NAME, ExportScenario.NAME, SaveScenario.NAME);

    private static final Logger LOGGER = LoggerFactory.getLogger(BenchRunner.class);
    private static final long SCENARIO_TIMEOUT_MINUTES = 60;

    /** What a run produced: the table's text and the file it was written to. */
    public record Result(String markdown, Path file, List<Figure> figures) {
    }

    private BenchRunner() {
    }

    public static Result run(BenchOptions options) throws IOException, InterruptedException {
        MemoryUse.watchCollections();
        Path work = options.work().toAbsolutePath();
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        Path park = BenchPark.prepare(work, options.enterprises(), options.years(),
                options.source() == null ? null : options.source().toAbsolutePath());
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String scenario : options.scenarios()) {
            LOGGER.info("Benchmark scenario {}", scenario);
            if (scenario.equals(StartScenario.NAME)) {
                if (!StartScenario.displayAvailable()) {
                    notes.add("start: skipped, no display (set DISPLAY, e.g. Xvfb :99 & DISPLAY=:99)");
                    continue;
                }
                try {
                    figures.addAll(new StartScenario(work, System.getProperty("java.class.path")).run(park, options.runs(), notes));
                } catch (IOException e) {
                    // the other scenarios need no window: a broken display must not cost their figures
                    LOGGER.warn("The start scenario failed", e);
                    notes.add("start: failed, " + e.getMessage());
                }
            } else if (options.inProcess()) {
                figures.addAll(runScenario(scenario, park, work, options.runs(), options.asOf(), options.importRows()));
            } else {
                figures.addAll(inOwnJvm(scenario, park, work, options));
            }
        }
        notes.add("Each figure is the median of its runs; a floor is measured in the same run. Every JVM runs with the "
                + "default heap size, as the installed program does; peak heap (after GC) is the most the heap held right "
                + "after a collection, the heap pools' peaks include the garbage the collector let pile up.");
        if (options.inProcess()) {
            notes.add("All scenarios ran in one JVM: their memory figures add up.");
        }
        String title = "EcoPark Ledger benchmark, " + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " UTC: park "
                + BenchPark.parkCode() + " of " + options.enterprises() + " enterprises × " + options.years()
                + " years, as of " + options.asOf();
        String markdown = ResultTable.markdown(title, Machine.current(), figures, notes);
        Path file = options.out() != null ? options.out()
                : work.resolve("results-" + now.format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")) + ".md");
        ResultTable.write(file, markdown);
        return new Result(markdown, file, figures);
    }

    /** One scenario in this JVM, with this JVM's memory figures. */
    static List<Figure> runScenario(String scenario, Path park, Path work, int runs, LocalDate asOf, int importRows)
            throws IOException {
        List<Figure> figures = new ArrayList<>(switch (scenario) {
            case EvaluationScenario.NAME -> EvaluationScenario.run(park, work, runs, asOf);
            case ImportScenario.NAME -> ImportScenario.run(park, work, runs, importRows);
            case ExportScenario.NAME -> ExportScenario.run(park, work, runs, asOf);
            case SaveScenario.NAME -> SaveScenario.run(park, work, runs);
            default -> throw new IllegalArgumentException("Not an in-JVM scenario: " + scenario);
        });
        figures.addAll(MemoryUse.now().figures(scenario));
        return figures;
    }

    private static List<Figure> inOwnJvm(String scenario, Path park, Path work, BenchOptions options)
            throws IOException, InterruptedException {
        Path figures = work.resolve(scenario + "-figures.tsv");
        Files.deleteIfExists(figures);
        List<String> command = List.of(javaCommand(), "-Decopark.logdir=" + work.resolve("logs"),
                "-cp", System.getProperty("java.class.path"), ScenarioMain.class.getName(), scenario, park.toString(),
                work.toString(), Integer.toString(options.runs()), options.asOf().toString(),
                Integer.toString(options.importRows()), figures.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve(scenario + ".log").toFile()).start();
        if (!process.waitFor(SCENARIO_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException("Scenario " + scenario + " did not finish in " + SCENARIO_TIMEOUT_MINUTES + " minutes");
        }
        if (process.exitValue() != 0 || !Files.exists(figures)) {
            throw new IOException("Scenario " + scenario + " failed; see " + work.resolve(scenario + ".log"));
        }
        return Files.readAllLines(figures, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank())
                .map(Figure::parse).toList();
    }

    /** The java executable running this JVM, so that every scenario runs on the same runtime. */
    static String javaCommand() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
