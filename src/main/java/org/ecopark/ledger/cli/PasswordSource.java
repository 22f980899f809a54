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
 * processes, nor, for a ledger file, an environment variable (a server's user may take it from
 * {@code ECOPARK_DB_PASSWORD}, as PostgreSQL's own tools take {@code PGPASSWORD}).
 */
@FunctionalInterface
interface PasswordSource {

    /** Asks for a password with {@code prompt}; null when none can be asked for. */
    char[] ask(String prompt);

    /** The terminal's prompt. */
    static PasswordSource terminal() {
        return prompt -> {
            Console console = System.console();
            return console == null ? null : console.readPassword("%s", prompt);
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
        return LedgerPassword.of(typed(I18n.tr("ledger.password.prompt", Services.fileOf(ledger)),
                I18n.tr("ledger.password.noTerminal", Services.fileOf(ledger))));
    }

    /** The first line of {@code file}: a password given in a file. */
    default char[] password(Path file) {
        return read(file);
    }

    /** The password of a server's user, typed at the terminal. */
    default char[] serverPassword(org.ecopark.ledger.model.ServerAddress server) {
        return typed(I18n.tr("server.password.prompt", server.user(), server.hostAndPort()),
                I18n.tr("server.password.noTerminal", server, LedgerCommand.SERVER_PASSWORD_VARIABLE));
    }

    /**
     * The new password of {@code ledger}: from {@code file} when given, else typed twice at the terminal.
     *
     * @throws UserException when it cannot be asked for, is empty, or the two differ
     */
    default LedgerPassword newPassword(Path ledger, Path file) {
        if (file != null) {
            return LedgerPassword.of(read(file));
        }
        String noTerminal = I18n.tr("ledger.password.new.noTerminal", Services.fileOf(ledger));
        char[] typed = typed(I18n.tr("ledger.password.new.prompt", Services.fileOf(ledger)), noTerminal);
        char[] again = typed(I18n.tr("ledger.password.new.again"), noTerminal);
        try {
            if (!Arrays.equals(typed, again)) {
                throw new UserException(I18n.tr("ledger.password.new.mismatch"), FriendlyErrors.PASSWORD);
            }
            return LedgerPassword.of(typed);
        } finally {
            Arrays.fill(typed, '\0');
            Arrays.fill(again, '\0');
        }
    }

    /** A password typed at the prompt, not empty. */
    private char[] typed(String prompt, String noTerminal) {
        char[] typed = ask(prompt);
        if (typed == null) {
            throw new UserException(noTerminal, FriendlyErrors.PASSWORD);
        }
        if (typed.length == 0) {
            throw new UserException(I18n.tr("ledger.password.empty"), FriendlyErrors.PASSWORD);
        }
        return typed;
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
