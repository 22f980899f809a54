package org.ecopark.ledger.cli;

import org.ecopark.ledger.l10n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** A failed command prints one plain line and exits 1; the stack trace goes to the log only. */
final class FriendlyErrors implements IExecutionExceptionHandler {

    private static final Logger LOGGER = LoggerFactory.getLogger(FriendlyErrors.class);

    @Override
    public int handleExecutionException(Exception error, CommandLine commandLine, ParseResult parseResult) {
        LOGGER.error("Command {} failed", commandLine.getCommandName(), error);
        String message = error instanceof UserException user ? user.getMessage() : I18n.tr("cli.error", String.valueOf(error.getMessage()));
        commandLine.getErr().println(commandLine.getColorScheme().errorText(message));
        return error instanceof UserException user ? user.exitCode() : 1;
    }
}
