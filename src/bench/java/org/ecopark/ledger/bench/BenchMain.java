package org.ecopark.ledger.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar target/ecopark-ledger-bench.jar}: how fast and how lean the program is on generated parks of
 * several sizes, each figure against a floor measured in the same run; prints the results table and writes it to the
 * work folder. The program's jar must lie beside the bench jar (its manifest's class path).
 */
@Command(name = "ecopark-ledger-bench", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Benchmark of EcoPark Ledger: start, evaluation, import, export and save on generated parks, "
                + "each against a floor measured in the same run; writes a Markdown results table.")
public final class BenchMain implements Callable<Integer> {

    /** The default park sizes: a park of a few hundred enterprises, and the largest the program is made for. */
    static final List<Integer> SIZES = List.of(200, 2000);
    static final String NO_PEER = "none";

    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", paramLabel = "N,N", split = ",",
            description = "Park sizes in enterprises, each measured in turn (default 200,2000).")
    private List<Integer> sizes;

    @Option(names = "--enterprises", paramLabel = "N", description = "A single park size instead of --sizes.")
    private Integer enterprises;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "5", description = "Years of monthly statistics (default 5).")
    private int years;

    @Option(names = "--park", paramLabel = "FILE",
            description = "A park generated before with the same (single) size (.mv.db), copied instead of generating one.")
    private Path park;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", description = "Runs of each measurement; the median is shown (default 5).")
    private int runs;

    @Option(names = "--import-rows", paramLabel = "ROWS", defaultValue = "100000",
            description = "Statistics rows of the import at the largest size, in proportion at a smaller one (default 100000).")
    private int importRows;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2025-12-31", description = "The evaluation date (default 2025-12-31).")
    private LocalDate asOf;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Work folder: the cached parks, copies, workbooks, logs and results (default target/bench).")
    private Path work;

    @Option(names = "--out", paramLabel = "FILE", description = "The results file (default WORK/results-DATE.md).")
    private Path out;

    @Option(names = "--only", paramLabel = "SCENARIO", split = ",",
            description = "Only these scenarios, comma-separated: start, evaluation, import, export, save, bureau.")
    private List<String> only;

    @Option(names = "--soffice", paramLabel = "FILE",
            description = "LibreOffice's soffice for the import's peer row (default: found on the PATH); none leaves it out.")
    private String soffice;

    @Option(names = "--in-process", description = "Every scenario but the start in this JVM (a quick check; memory figures add up).")
    private boolean inProcess;

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchMain()).execute(args));
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter output = spec.commandLine().getOut();
        BenchOptions options;
        try {
            options = new BenchOptions(work, enterprises != null ? List.of(enterprises) : sizes != null ? sizes : SIZES,
                    years, park, runs, importRows, asOf, only == null || only.isEmpty() ? BenchRunner.SCENARIOS : only,
                    inProcess, out, peer());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return CommandLine.ExitCode.USAGE;
        }
        BenchRunner.Result result;
        try {
            result = BenchRunner.run(options);
        } catch (IOException e) {
            spec.commandLine().getErr().println("The benchmark could not finish: " + e.getMessage());
            return CommandLine.ExitCode.SOFTWARE;
        }
        output.println(result.markdown());
        output.println("Results table written to " + result.file());
        output.flush();
        return CommandLine.ExitCode.OK;
    }

    /** The peer's program: as given, found on the PATH, or none. */
    private Path peer() {
        if (NO_PEER.equals(soffice)) {
            return null;
        }
        return soffice != null ? Path.of(soffice) : LibreOfficePeer.find(System.getenv()).orElse(null);
    }
}
