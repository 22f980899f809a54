package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.check.LedgerCheck;
import org.ecopark.ledger.logic.check.LedgerCheckService;
import org.ecopark.ledger.logic.check.LedgerCheckText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code check [--repair]}: compares the sums the program keeps with a recomputation from the records and says, in
 * plain words, what differs; with {@code --repair} recomputes them all and checks again.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Runnable {

    /** Exit code of a check that found differences (still there after a repair, when one was asked for). */
    static final int DIFFERENCES = 5;

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--repair", descriptionKey = "repair")
    private boolean repair;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = parent.open(spec)) {
            LedgerCheckService checks = services.check();
            LedgerCheck found = checks.check();
            LedgerCheckText.lines(found).forEach(out::println);
            if (found.clean()) {
                out.flush();
                return;
            }
            if (!repair || !found.repairable()) {
                out.flush();
                throw new UserException(I18n.tr(found.repairable() ? "check.needsRepair" : "check.failed"),
                        DIFFERENCES);
            }
            LedgerCheck after = checks.repair();
            out.println(I18n.tr("check.repaired"));
            LedgerCheckText.lines(after).forEach(out::println);
            out.flush();
            if (!after.clean()) {
                throw new UserException(I18n.tr("check.stillWrong"), DIFFERENCES);
            }
        }
    }
}
