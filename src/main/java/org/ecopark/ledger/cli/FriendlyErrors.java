package org.ecopark.ledger.cli;

import org.ecopark.ledger.l10n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A failed command prints one plain line and exits 1; the stack trace goes to the log only. A command that
 * answered with a {@link UserException} did not fail: it refused (a file, a request) and said why, so the
 * log gets the reason in one line, as INFO for a refusal, WARN for what could not be done, without a trace.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {

    private static final Logger LOGGER = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        if (error instanceof UserException user) {
            if (user.exitCode() == 1) {
                LOGGER.warn("Command {} could not be done: {}", commandLine.getCommandName(), user.getMessage());
            } else {
                LOGGER.info("Command {} refused (exit {}): {}", commandLine.getCommandName(), user.exitCode(), user.getMessage());
            }
        } else {
            LOGGER.error("Command {} failed", commandLine.getCommandName(), error);
        }
        String message = error instanceof UserException user ? user.getMessage() : I18n.tr("cli.error", String.valueOf(error.getMessage()));
        commandLine.getErr().println(commandLine.getColorScheme().errorText(message));
        return error instanceof UserException user ? user.exitCode() : 1;
    }
}
