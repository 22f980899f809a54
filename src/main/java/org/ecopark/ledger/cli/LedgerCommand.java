package org.ecopark.ledger.cli;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.Locations;
import org.ecopark.ledger.logic.Services;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The top-level command: with no subcommand it opens the window on the chosen database. */
@Command(name = "ecopark-ledger", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {InfoCommand.class, TargetsCommand.class, DemoCommand.class, GenerateCommand.class, CollectCommand.class,
        StatusCommand.class, ExportCommand.class, VerifyCommand.class, KeysCommand.class, PlanCommand.class,
        CheckCommand.class, BureauCommand.class, ReturnNoteCommand.class, BackupCommand.class, RestoreCommand.class, PasswordCommand.class,
        CommandLine.HelpCommand.class})
public final class LedgerCommand implements Runnable {

    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "db", scope = CommandLine.ScopeType.INHERIT)
    private Path database;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile",
            scope = CommandLine.ScopeType.INHERIT)
    private Path passwordFile;

    private final Consumer<Path> openWindow;
    private PasswordSource passwords = PasswordSource.terminal();

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

    /**
     * Opens the ledger for the command {@code command}, named beside it while it is open. An encrypted ledger is opened
     * with the password of {@code --password-file}, or one asked for at the terminal; a new ledger is encrypted under
     * the password of {@code --password-file}.
     */
    Services open(CommandSpec command) {
        Path ledger = database();
        LedgerPassword password = passwords.password(ledger, passwordFile);
        return Services.open(ledger, password, LedgerHolder.command(command.qualifiedName(" ")
                .replaceFirst("^ecopark-ledger ", "")));
    }

    /**
     * Opens the ledger for a command that works on a park's own records (demo, generate, collect, export), which a
     * bureau's ledger does not keep: there it ends with one sentence.
     */
    Services openParkLedger(CommandSpec command) {
        Services services = open(command);
        try {
            services.bureau().requireParkLedger();
            return services;
        } catch (org.ecopark.ledger.logic.bureau.BureauException e) {
            services.close();
            throw new UserException(e.getMessage(), 1, e);
        }
    }

    /** The password of the encrypted ledger {@code ledger}, from {@code --password-file} or the terminal. */
    LedgerPassword currentPassword(Path ledger) {
        return passwords.password(ledger, passwordFile);
    }

    /** A new password for {@code ledger}, from {@code file} or typed twice at the terminal. */
    LedgerPassword newPassword(Path ledger, Path file) {
        return passwords.newPassword(ledger, file);
    }

    /** Where passwords come from when no file is given; tests replace the terminal. */
    void passwords(PasswordSource source) {
        this.passwords = source;
    }

    @Override
    public void run() {
        openWindow.accept(database());
    }
}
