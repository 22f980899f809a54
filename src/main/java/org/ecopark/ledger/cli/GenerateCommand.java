package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.DemoException;
import org.ecopark.ledger.logic.demo.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: a large synthetic park for benchmarks, the same for the same seed. It goes into a new
 * park {@code SYN<seed>}, so it never mixes with real records; the time it took is printed.
 */
@Command(name = "generate", mixinStandardHelpOptions = true)
final class GenerateCommand implements Runnable {

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--enterprises", paramLabel = "N", defaultValue = "2000", descriptionKey = "generate.enterprises")
    private int enterprises;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "5", descriptionKey = "generate.years")
    private int years;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", descriptionKey = "generate.seed")
    private long seed;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = parent.openParkLedger(spec)) {
            long start = System.nanoTime();
            LoadResult result;
            try {
                result = services.generator().generate(enterprises, years, seed);
            } catch (DemoException e) {
                throw new UserException(e.getMessage(), 1, e);
            }
            services.compactOnClose();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.println(I18n.tr("demo.cli.generated", result.parkCode(), String.format("%.1f", seconds)));
            DemoCommand.printCounts(out, result.counts());
        }
        out.flush();
    }
}
