package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerEncryption;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code password}: encrypts a ledger with a password, changes its password, or removes it ({@code --remove}). The
 * current password comes from {@code --password-file} or the terminal, the new one from {@code --new-password-file}
 * or the terminal, typed twice. The ledger must not be open elsewhere; a failure leaves it as it was
 * ({@link LedgerEncryption}).
 */
@Command(name = "password", mixinStandardHelpOptions = true)
final class PasswordCommand implements Runnable {

    @ParentCommand
    private LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--new-password-file", paramLabel = "FILE", descriptionKey = "password.newFile")
    private Path newPasswordFile;

    @Option(names = "--remove", descriptionKey = "password.remove")
    private boolean remove;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        Path ledger = parent.database();
        Path file = Services.fileOf(ledger);
        if (remove && newPasswordFile != null) {
            throw new UserException(I18n.tr("ledger.password.cli.both"));
        }
        if (!Files.isRegularFile(file)) {
            throw new UserException(I18n.tr("ledger.password.cli.noLedger", file));
        }
        boolean encrypted = LedgerEncryption.encrypted(ledger);
        if (remove && !encrypted) {
            out.println(I18n.tr("ledger.password.cli.notEncrypted", file));
            out.flush();
            return;
        }
        LedgerPassword current = encrypted ? parent.currentPassword(ledger) : null;
        LedgerPassword next = remove ? null : parent.newPassword(ledger, newPasswordFile);
        LedgerEncryption.change(ledger, current, next);
        String done = remove ? "removed" : encrypted ? "changed" : "set";
        out.println(I18n.tr("ledger.password.cli." + done, file));
        out.flush();
    }
}
