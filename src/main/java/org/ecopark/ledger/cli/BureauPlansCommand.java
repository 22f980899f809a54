package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.PlanDistributions;
import org.ecopark.ledger.model.PlanDistribution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code bureau plan-send --plan CODE --out DIR} writes the plan file for the bureau's parks and records it as sent;
 * {@code bureau plans} shows per park the plan sent last and the plan its latest package reports against.
 */
final class BureauPlansCommand {

    private BureauPlansCommand() {
    }

    @Command(name = "plan-send", mixinStandardHelpOptions = true)
    static final class Send implements Runnable {

        @ParentCommand
        private BureauCommand bureau;

        @Spec
        private CommandSpec spec;

        @Option(names = "--plan", paramLabel = "CODE", required = true, descriptionKey = "plan")
        private String plan;

        @Option(names = "--out", paramLabel = "DIR", required = true, descriptionKey = "out")
        private Path out;

        @Option(names = "--catalog-version", paramLabel = "N", descriptionKey = "catalogVersion")
        private Integer version;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            BureauCommand.onLedger(bureau, spec, services -> {
                PlanDistributions.Sent sent = services.planDistributions().send(plan, version, out);
                PlanDistribution done = sent.distribution();
                printer.println(I18n.tr("bureau.plans.sent", done.planCode(), done.catalogVersion(),
                        sent.file().toAbsolutePath(), services.signingKeys().key().fingerprint().text()));
                printer.println(I18n.tr("bureau.plans.sentTo", done.parkCodes().size(), String.join("、", done.parkCodes())));
                printer.println(I18n.tr("bureau.plans.sentHint", done.sha256()));
            });
            printer.flush();
        }
    }

    @Command(name = "plans", mixinStandardHelpOptions = true)
    static final class Overview implements Runnable {

        @ParentCommand
        private BureauCommand bureau;

        @Spec
        private CommandSpec spec;

        @Override
        public void run() {
            PrintWriter printer = spec.commandLine().getOut();
            int[] flagged = new int[1];
            BureauCommand.onLedger(bureau, spec, services -> {
                List<PlanDistributions.Row> rows = services.planDistributions().overview();
                TextTable table = new TextTable(List.of(I18n.tr("bureau.field.park"), I18n.tr("bureau.field.name"),
                        I18n.tr("bureau.plans.field.sent"), I18n.tr("bureau.plans.field.reported"),
                        I18n.tr("bureau.plans.field.state")));
                for (PlanDistributions.Row row : rows) {
                    table.add(List.of(row.park().code(), row.park().shortNameIn(I18n.locale()), row.sentText(),
                            row.reportedText(), (row.state().flagged() ? "! " : "") + row.state().label()));
                    flagged[0] += row.state().flagged() ? 1 : 0;
                }
                table.print(printer);
                printer.println(I18n.tr("bureau.plans.versionNote"));
                if (flagged[0] > 0) {
                    printer.println(I18n.tr("bureau.plans.flagged", flagged[0]));
                }
            });
            printer.flush();
        }
    }
}
