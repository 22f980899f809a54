package org.ecopark.ledger.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Locations;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level command: with no subcommand it opens the window on the chosen database. */
@Command(name = "ecopark-ledger", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {InfoCommand.class, TargetsCommand.class, DemoCommand.class, GenerateCommand.class, CollectCommand.class,
        StatusCommand.class, ExportCommand.class, VerifyCommand.class, KeysCommand.class, PlanCommand.class,
        CheckCommand.class, BackupCommand.class, RestoreCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class LedgerCommand implements Runnable {

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "db", scope = CommandLine.ScopeType.INHERIT)
    private Path database;

    private final Consumer<Path> openWindow;

    LedgerCommand(Consumer<Path> openWindow) {
        this.openWindow = openWindow;
    }

    /** The command line with every subcommand, sharing the {@code --db} option. */
    public static CommandLine commandLine(Consumer<Path> openWindow) {
        CommandLine commandLine = new CommandLine(new LedgerCommand(openWindow));
        commandLine.setExecutionExceptionHandler(new FriendlyErrors());
        // Help texts in the language chosen in the window's settings, not the JVM's.
        commandLine.setResourceBundle(I18n.bundle("cli", I18n.locale()));
        return commandLine;
    }

    /** The database the user named with {@code --db}, or the one in the data folder. */
    public Path database() {
        return database != null ? database : Locations.defaultDatabase();
    }

    @Override
    public void run() {
        openWindow.accept(database());
    }
}
