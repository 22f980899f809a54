package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.backup.BackupEntry;
import org.ecopark.ledger.logic.backup.BackupException;
import org.ecopark.ledger.logic.backup.BackupText;
import org.ecopark.ledger.logic.backup.ClosedLedger;
import org.ecopark.ledger.logic.backup.PreparedRestore;
import org.ecopark.ledger.logic.backup.RestoreResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code restore [FILE]}: without a file, lists the ledger's backups; with one, puts it in the ledger's place (checked
 * under a side name first, the ledger kept as a backup, then swapped in one step). The ledger must not be open in a
 * window meanwhile.
 */
@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Runnable {

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", descriptionKey = "file")
    private Path file;

    @Override
    public void run() {
        parent.requireFile("server.cli.backupRefused");
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (file == null) {
                list(out);
            } else {
                restore(out);
            }
        } catch (BackupException e) {
            throw new UserException(e.getMessage());
        }
        out.flush();
    }

    private void list(PrintWriter out) {
        List<BackupEntry> backups;
        try (Services services = parent.open(spec)) {
            backups = services.backups().list();
            out.println(I18n.tr("backup.cli.folder", services.backups().folder()));
        }
        if (backups.isEmpty()) {
            out.println(I18n.tr("backup.cli.none"));
            return;
        }
        for (BackupEntry backup : backups) {
            out.println(I18n.tr("backup.cli.entry", BackupText.madeAt(backup), BackupText.reason(backup.reason()),
                    BackupText.size(backup.size()), BackupText.counts(backup.label().counts())));
            out.println(I18n.tr("backup.cli.entryFile", backup.file()));
        }
        out.println(I18n.tr("backup.cli.restoreHint"));
    }

    private void restore(PrintWriter out) {
        ClosedLedger ledger = ClosedLedger.read(parent.database(), parent.currentPassword(parent.database()),
                Clock.systemDefaultZone());
        PreparedRestore prepared = ledger.restores().prepare(file);
        RestoreResult result = ledger.restores().complete(prepared, ledger.state());
        BackupEntry backup = prepared.backup();
        out.println(I18n.tr("backup.cli.restored", parent.database().toAbsolutePath(), BackupText.madeAt(backup),
                BackupText.reason(backup.reason())));
        out.println(I18n.tr("backup.cli.holds", BackupText.counts(prepared.counts())));
        BackupText.restoreNotes(prepared).forEach(out::println);
        if (result.kept() != null) {
            out.println(I18n.tr("backup.cli.kept", result.kept().file()));
        }
    }
}
