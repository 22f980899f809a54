package org.ecopark.ledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bench.BenchOptions;
import org.ecopark.ledger.logic.bench.BenchRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: how fast and how lean the program is on a generated park, each figure against a floor
 * measured in the same run; prints the results table and writes it to the work folder.
 */
@Command(name = "bench", mixinStandardHelpOptions = true)
final class BenchCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Option(names = "--enterprises", paramLabel = "N", defaultValue = "2000", descriptionKey = "bench.enterprises")
    private int enterprises;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "5", descriptionKey = "bench.years")
    private int years;

    @Option(names = "--park", paramLabel = "FILE", descriptionKey = "bench.park")
    private Path park;

    @Option(names = "--runs", paramLabel = "R", defaultValue = "5", descriptionKey = "bench.runs")
    private int runs;

    @Option(names = "--import-rows", paramLabel = "ROWS", defaultValue = "100000", descriptionKey = "bench.importRows")
    private int importRows;

    @Option(names = "--as-of", paramLabel = "DATE", defaultValue = "2025-12-31", descriptionKey = "bench.asOf")
    private LocalDate asOf;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench", descriptionKey = "bench.work")
    private Path work;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "bench.out")
    private Path out;

    @Option(names = "--only", paramLabel = "SCENARIO", split = ",", descriptionKey = "bench.only")
    private List<String> only;

    @Option(names = "--in-process", hidden = true)
    private boolean inProcess;

    @Override
    public void run() {
        PrintWriter output = spec.commandLine().getOut();
        BenchRunner.Result result;
        try {
            result = BenchRunner.run(new BenchOptions(work, enterprises, years, park, runs, importRows, asOf,
                    only == null || only.isEmpty() ? BenchRunner.SCENARIOS : only, inProcess, out));
        } catch (IllegalArgumentException | IOException e) {
            throw new UserException(I18n.tr("demo.bench.failed", e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserException(I18n.tr("demo.bench.failed", e.getMessage()));
        }
        output.println(result.markdown());
        output.println(I18n.tr("demo.bench.written", result.file()));
        output.flush();
    }
}
