package org.ecopark.ledger.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.Services;

/**
 * Where a command takes a ledger's password from: the first line of {@code --password-file} (for scripts; the file
 * is the user's to protect), else, for an encrypted ledger, a prompt at the terminal that does not echo. A command not
 * run at a terminal cannot ask, and says so. The password is never an argument, which others could see in the list of
 * processes, nor an environment variable.
 */
@FunctionalInterface
interface PasswordSource {

    /** Asks for the password of {@code ledger}; null when none can be asked for. */
    char[] ask(Path ledger);

    /** The terminal's prompt. */
    static PasswordSource terminal() {
        return ledger -> {
            Console console = System.console();
            return console == null ? null : console.readPassword("%s", I18n.tr("ledger.password.prompt", ledger));
        };
    }

    /** The password for opening {@code ledger}: from {@code file} when given, else asked for if it is encrypted. */
    default LedgerPassword password(Path ledger, Path file) {
        if (file != null) {
            return LedgerPassword.of(read(file));
        }
        if (!Services.encrypted(ledger)) {
            return null;
        }
        char[] typed = ask(Services.fileOf(ledger));
        if (typed == null) {
            throw new UserException(I18n.tr("ledger.password.noTerminal", Services.fileOf(ledger)), FriendlyErrors.PASSWORD);
        }
        if (typed.length == 0) {
            throw new UserException(I18n.tr("ledger.password.empty"), FriendlyErrors.PASSWORD);
        }
        return LedgerPassword.of(typed);
    }

    /** The first line of {@code file}, without its line end. */
    private static char[] read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UserException(I18n.tr("ledger.password.fileUnreadable", file), FriendlyErrors.PASSWORD, e);
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            int end = 0;
            while (end < chars.limit() && chars.get(end) != '\n' && chars.get(end) != '\r') {
                end++;
            }
            char[] password = Arrays.copyOf(chars.array(), end);
            Arrays.fill(chars.array(), '\0');
            if (password.length == 0) {
                throw new UserException(I18n.tr("ledger.password.empty"), FriendlyErrors.PASSWORD);
            }
            return password;
        } catch (CharacterCodingException e) {
            throw new UserException(I18n.tr("ledger.password.fileUnreadable", file), FriendlyErrors.PASSWORD, e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }
}
