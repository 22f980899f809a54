package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.DemoException;
import org.ecopark.ledger.logic.demo.DemoRefusedException;
import org.ecopark.ledger.logic.demo.DemoService;
import org.ecopark.ledger.logic.demo.DemoSource;
import org.ecopark.ledger.logic.demo.LoadProgress;
import org.ecopark.ledger.logic.demo.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: loads the demo park (枣庄市中区, 2023–2025) into the database and selects it. A database
 * that holds records is left alone unless {@code --replace} is given.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Runnable {

    /** Exit code when the database holds records and --replace was not given. */
    static final int REFUSED = 2;

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--replace", descriptionKey = "demo.replace")
    private boolean replace;

    @Option(names = "--from", paramLabel = "DIR", descriptionKey = "demo.from")
    private Path from;

    @Option(names = "--bureau", descriptionKey = "demo.bureau")
    private boolean bureau;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        if (bureau) {
            if (replace || from != null) {
                throw new UserException(I18n.tr("demo.bureau.cli.options"), 1);
            }
            DemoBureauCommand.make(parent.open(spec), out);
            return;
        }
        try (Services services = parent.openParkLedger(spec)) {
            DemoSource source = from == null ? DemoSource.bundled() : DemoSource.directory(from);
            LoadResult result;
            try {
                result = services.demo().load(source, replace, LoadProgress.NONE);
            } catch (DemoRefusedException e) {
                throw new UserException(I18n.tr("demo.cli.refused", DemoService.describe(e.existing())), REFUSED);
            } catch (DemoException e) {
                throw new UserException(e.getMessage(), 1, e);
            }
            if (!result.replaced().isEmpty()) {
                out.println(I18n.tr("demo.cli.replaced", DemoService.describe(result.replaced())));
            }
            out.println(I18n.tr("demo.cli.loaded", result.parkCode()));
            printCounts(out, result.counts());
            result.warnings().forEach(warning -> out.println(I18n.tr("demo.cli.warning", warning)));
        }
        out.flush();
    }

    /** One line per table: its name in the user's words, its code, the rows written. */
    static void printCounts(PrintWriter out, Map<String, Integer> counts) {
        counts.forEach((table, count) -> out.println(I18n.tr("demo.cli.count", I18n.tr("demo.table." + table), table,
                count)));
    }
}
