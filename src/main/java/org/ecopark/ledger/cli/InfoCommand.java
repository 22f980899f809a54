package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.AppInfo;
import org.ecopark.ledger.logic.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code info}: opens (or creates) the database and tells what it holds. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Runnable {

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        try (Services services = parent.open(spec)) {
            out.println(I18n.tr("cli.info.version", AppInfo.version()));
            out.println(services.server().map(server -> I18n.tr("cli.info.server", server.host(), String.valueOf(server.port()),
                    server.database(), server.user())).orElseGet(() -> I18n.tr("cli.info.database", services.databaseFile())));
            out.println(I18n.tr("cli.info.schema", services.schemaVersion()));
            var bureau = services.bureau().profile();
            out.println(bureau.map(profile -> I18n.tr("bureau.cli.role", profile.name(),
                    services.bureau().parks().size())).orElse(I18n.tr("bureau.cli.parkRole")));
            out.println(I18n.tr("cli.info.parks", services.parks().parks().size()));
            out.println(I18n.tr("cli.info.selected", services.parks().selectedPark()
                    .map(park -> park.code() + " " + park.nameIn(I18n.locale())).orElse(I18n.tr("status.park.none"))));
        }
        out.flush();
    }
}
