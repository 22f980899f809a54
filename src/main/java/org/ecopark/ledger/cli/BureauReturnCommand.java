package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.PackageReturn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bureau return --park CODE --period P --reason TEXT --out FILE}: sends a park's package back (已退回). */
@Command(name = "return", mixinStandardHelpOptions = true)
final class BureauReturnCommand implements Runnable {

    @ParentCommand
    private BureauCommand bureau;

    @Spec
    private CommandSpec spec;

    @Option(names = "--park", paramLabel = "CODE", required = true, descriptionKey = "park")
    private String park;

    @Option(names = "--period", paramLabel = "PERIOD", required = true, descriptionKey = "period")
    private String period;

    @Option(names = "--reason", paramLabel = "TEXT", required = true, descriptionKey = "reason")
    private String reason;

    @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "out")
    private Path out;

    @Override
    public void run() {
        PrintWriter printer = spec.commandLine().getOut();
        BureauCommand.onLedger(bureau, spec, services -> {
            PackageReturn.Done done = services.packageReturn().returnPackage(park, period, reason, out);
            printer.println(I18n.tr("bureau.cli.returned", done.returned().parkCode(), done.returned().periodCode(),
                    done.returned().fileName(), done.note().reason()));
            printer.println(I18n.tr("bureau.cli.noteWritten", out.toAbsolutePath(),
                    services.signingKeys().key().fingerprint().text()));
        });
        printer.flush();
    }
}
