package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.backup.BackupEntry;
import org.ecopark.ledger.logic.backup.BackupException;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BackupText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code backup [--out FILE]}: a consistent copy of the ledger, into its backup folder (rotated like the automatic
 * ones) or as the file named; on the disk when the command says so.
 */
@Command(name = "backup", mixinStandardHelpOptions = true)
final class BackupCommand implements Runnable {

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "out")
    private Path out;

    @Override
    public void run() {
        parent.requireFile("server.cli.backupRefused");
        PrintWriter printer = spec.commandLine().getOut();
        try (Services services = parent.open(spec)) {
            BackupEntry made = out == null ? services.backups().backup(BackupReason.MANUAL) : services.backups().backupTo(out);
            printer.println(I18n.tr("backup.cli.made", made.file(), BackupText.size(made.size())));
            printer.println(I18n.tr("backup.cli.holds", BackupText.counts(made.label().counts())));
        } catch (BackupException e) {
            throw new UserException(e.getMessage());
        }
        printer.flush();
    }
}
