package org.ecopark.ledger.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code db copy}: work on the ledger's database as a whole. */
@Command(name = "db", mixinStandardHelpOptions = true, subcommands = DbCopyCommand.class)
final class DbCommand implements Runnable {

    @ParentCommand
    LedgerCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
