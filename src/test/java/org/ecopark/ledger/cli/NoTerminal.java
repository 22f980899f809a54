package org.ecopark.ledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import picocli.CommandLine;

/** Runs the command line as a script would: no window, no terminal to ask at, its own environment variables. */
final class NoTerminal {

    private NoTerminal() {
    }

    /** Runs {@code args}, writing both output streams to {@code out}; the exit code. */
    static int run(StringWriter out, Map<String, String> environment, String... args) {
        CommandLine commandLine = LedgerCommand.commandLine(window -> {
            throw new AssertionError("no window");
        });
        ((LedgerCommand) commandLine.getCommand()).environment(environment::get);
        ((LedgerCommand) commandLine.getCommand()).passwords(prompt -> null); // not at a terminal
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(out, true));
        return commandLine.execute(args);
    }
}
