package org.ecopark.ledger.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The window's start, in separate JVMs started the same way, each with {@link BenchRunner#HEAP}: process start to the
 * first frame, and to the dashboard filled in, against a bare JavaFX window ({@link BareWindow}). Each process is the
 * program (or the bare window) started through {@link ProbedStart}, which writes its milestones (epoch milliseconds)
 * to a file and ends it. With a class path of jars only (the bench jar and the program's jar) it is measured again
 * with an application class-data-sharing archive made the way the installer makes it: one window start, with the
 * same class path.
 */
public final class StartScenario {

    static final String NAME = "start";
    public static final String FIRST_FRAME = "firstFrame";
    public static final String FILLED = "dashboardFilled";
    public static final String PEAK_HEAP = "peakHeapMb";
    public static final String POOL_PEAKS = "heapPoolPeaksMb";
    public static final String RESIDENT = "residentMb";

    private static final long TIMEOUT_SECONDS = 300;

    /** A window's JVM ran out of memory. */
    static final class OutOfMemory extends IOException {
        private static final long serialVersionUID = 1L;

        OutOfMemory(String message) {
            super(message);
        }
    }

    private final Path work;
    private final String classPath;

    StartScenario(Path work, String classPath) {
        this.work = work.resolve(NAME);
        this.classPath = classPath;
    }

    /** Whether a window can open here: always on Windows and macOS, with an X11 or Wayland display on Linux. */
    static boolean displayAvailable() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return notBlank(System.getenv("DISPLAY")) || notBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    /** The figures, and notes on what could not be measured. */
    List<Figure> run(Path park, int runs, List<String> notes) throws IOException, InterruptedException {
        Path database = BenchPark.copy(park, work.resolve("ledger" + BenchPark.FILE_SUFFIX));
        List<Figure> figures = new ArrayList<>(measure(database, runs, List.of(), ""));
        if (!Arrays.stream(classPath.split(File.pathSeparator)).allMatch(entry -> entry.endsWith(".jar"))) {
            notes.add("start with the CDS archive: skipped, the class path is not jars only (run the bench from "
                    + "target/ecopark-ledger-bench.jar)");
            return figures;
        }
        Path archive = work.resolve("ecopark-ledger.jsa");
        Files.deleteIfExists(archive);
        // As the installer makes it: one window start on a scratch copy of the park, up to the dashboard filled.
        Path scratch = BenchPark.copy(park, work.resolve("cds-scratch" + BenchPark.FILE_SUFFIX));
        int exit = launch(List.of("-XX:ArchiveClassesAtExit=" + archive), ProbedStart.LEDGER,
                List.of("--db", scratch.toString()), work.resolve("cds-milestones.txt"));
        if (exit != 0 || !Files.exists(archive)) {
            notes.add("start with the CDS archive: skipped, the archive could not be made (exit " + exit + ")");
            return figures;
        }
        figures.addAll(measure(database, runs, List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off"),
                ", CDS archive"));
        return figures;
    }

    private List<Figure> measure(Path database, int runs, List<String> jvmOptions, String variant)
            throws IOException, InterruptedException {
        List<Double> bare = new ArrayList<>();
        List<Double> frame = new ArrayList<>();
        List<Double> filled = new ArrayList<>();
        List<Double> heap = new ArrayList<>();
        List<Double> pools = new ArrayList<>();
        List<Double> resident = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            Map<String, Double> floor = milestones(jvmOptions, ProbedStart.BARE, List.of());
            Map<String, Double> app = milestones(jvmOptions, ProbedStart.LEDGER, List.of("--db", database.toString()));
            bare.add(floor.get(FIRST_FRAME));
            frame.add(app.get(FIRST_FRAME));
            filled.add(app.get(FILLED));
            heap.add(app.get(PEAK_HEAP));
            pools.add(app.get(POOL_PEAKS));
            if (app.containsKey(RESIDENT)) {
                resident.add(app.get(RESIDENT));
            }
        }
        String floorName = "bare JavaFX window, first frame" + variant;
        String limit = ", with " + BenchRunner.HEAP;
        List<Figure> figures = new ArrayList<>(List.of(
                Figure.timed(NAME, "first frame" + variant, frame, floorName, bare, Budget.FIRST_FRAME),
                Figure.timed(NAME, "dashboard filled in" + variant, filled, floorName, bare, Budget.DASHBOARD_FILLED),
                Figure.megabytes(NAME, MemoryUse.PEAK_HEAP + limit + variant, heap, Budget.PEAK_HEAP),
                Figure.megabytes(NAME, MemoryUse.POOL_PEAKS + limit + variant, pools, Budget.NONE)));
        if (!resident.isEmpty()) {
            figures.add(Figure.megabytes(NAME, MemoryUse.RESIDENT + limit + variant, resident, Budget.NONE));
        }
        return figures;
    }

    /** Starts one window process; returns its milestones in milliseconds after the process was started. */
    private Map<String, Double> milestones(List<String> jvmOptions, String window, List<String> arguments)
            throws IOException, InterruptedException {
        Path report = work.resolve("milestones.txt");
        Files.deleteIfExists(report);
        long started = System.currentTimeMillis();
        int exit = launch(jvmOptions, window, arguments, report);
        if (exit != 0 || !Files.exists(report)) {
            String message = "the " + window + " window exited with " + exit + " without its milestones; see " + log();
            throw BenchRunner.ranOutOfMemory(log()) ? new OutOfMemory(message) : new IOException(message);
        }
        Map<String, Double> values = parse(Files.readAllLines(report));
        Map<String, Double> relative = new HashMap<>();
        values.forEach((key, value) -> relative.put(key,
                key.equals(FIRST_FRAME) || key.equals(FILLED) ? value - started : value));
        return relative;
    }

    /** {@code key=value} lines. */
    static Map<String, Double> parse(List<String> lines) {
        Map<String, Double> values = new HashMap<>();
        for (String line : lines) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                values.put(line.substring(0, equals).strip(), Double.valueOf(line.substring(equals + 1).strip()));
            }
        }
        return values;
    }

    /** Starts the window (or the bare one) through the probe; returns the exit code of its JVM. */
    private int launch(List<String> jvmOptions, String window, List<String> arguments, Path report)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(BenchRunner.javaCommand()));
        command.addAll(BenchRunner.JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classPath, ProbedStart.class.getName(), report.toString(), window));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("ECOPARK_LEDGER_HOME", work.resolve("home").toString());
        Files.createDirectories(work.resolve("home"));
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("the " + window + " window did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return process.exitValue();
    }

    private Path log() {
        return work.resolve("window.log");
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
