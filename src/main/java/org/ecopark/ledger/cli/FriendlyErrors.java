package org.ecopark.ledger.cli;

import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerFaults;
import org.ecopark.ledger.model.LedgerFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A failed command prints one plain line and exits 1; the stack trace goes to the log only. A fault of the ledger
 * file (in use, a password, a full disk…) is said in its own plain sentence ({@link LedgerFaults}), never in the
 * database's words, and ends the command with its own exit code. A command that answered with a
 * {@link UserException} did not fail: it refused (a file, a request) and said why, so the log gets the reason in
 * one line, as INFO for a refusal, WARN for what could not be done, without a trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

    /** Exit code: the ledger is open in another window or command. */
    static final int IN_USE = 6;
    /** Exit code: the ledger is encrypted and no password, or a wrong one, was given. */
    static final int PASSWORD = 7;
    /** Exit code: the ledger file could not be read or written (full disk, read-only, gone, damaged). */
    static final int FILE_FAULT = 8;

    private static final Logger LOGGER = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        Optional<LedgerFault> fault = LedgerFaults.of(error);
        if (error instanceof UserException user) {
            if (user.exitCode() == 1) {
                LOGGER.warn("Command {} could not be done: {}", commandLine.getCommandName(), user.getMessage());
            } else {
                LOGGER.info("Command {} refused (exit {}): {}", commandLine.getCommandName(), user.exitCode(), user.getMessage());
            }
        } else if (fault.isPresent()) {
            LOGGER.warn("Command {} stopped by a fault of the ledger file ({})", commandLine.getCommandName(), fault.get(),
                    error);
        } else {
            LOGGER.error("Command {} failed", commandLine.getCommandName(), error);
        }
        String message;
        if (error instanceof UserException user) {
            message = user.getMessage();
        } else if (fault.isPresent()) {
            message = LedgerFaults.message(error).orElseThrow();
        } else {
            message = I18n.tr("cli.error", String.valueOf(error.getMessage()));
        }
        commandLine.getErr().println(commandLine.getColorScheme().errorText(message));
        int exitCode = error instanceof UserException user ? user.exitCode() : 1;
        return exitCode == 1 && fault.isPresent() ? exitCode(fault.get()) : exitCode;
    }

    static int exitCode(LedgerFault fault) {
        return switch (fault) {
            case IN_USE -> IN_USE;
            case PASSWORD_NEEDED, WRONG_PASSWORD, SERVER_LOGIN_REFUSED -> PASSWORD;
            default -> FILE_FAULT;
        };
    }
}
