package org.ecopark.ledger.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.Locations;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.ServerAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The top-level command: with no subcommand it opens the window on the chosen database. */
@Command(name = "ecopark-ledger", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {InfoCommand.class, TargetsCommand.class, DemoCommand.class, GenerateCommand.class, CollectCommand.class,
        StatusCommand.class, ExportCommand.class, VerifyCommand.class, KeysCommand.class, PlanCommand.class,
        CheckCommand.class, DbCommand.class, BureauCommand.class, ReturnNoteCommand.class, BackupCommand.class, RestoreCommand.class, PasswordCommand.class,
        CommandLine.HelpCommand.class})
public final class LedgerCommand implements Runnable {

    /** The environment variable a ledger on a server takes its user's password from, when no file is given. */
    static final String SERVER_PASSWORD_VARIABLE = "ECOPARK_DB_PASSWORD";

    /** A file, or a server's address ({@code postgresql://host:port/database?user=NAME}). */
    @Option(names = "--db", paramLabel = "PATH", descriptionKey = "db", scope = CommandLine.ScopeType.INHERIT)
    private String database;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "passwordFile",
            scope = CommandLine.ScopeType.INHERIT)
    private Path passwordFile;

    private final Consumer<Path> openWindow;
    private PasswordSource passwords = PasswordSource.terminal();
    private java.util.function.UnaryOperator<String> environment = System::getenv;

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

    /**
     * The ledger file the user named with {@code --db}, or the one in the data folder.
     *
     * @throws UserException when {@code --db} names a server: the command works on a ledger file only
     */
    public Path database() {
        if (server().isPresent()) {
            throw new UserException(I18n.tr("server.cli.fileOnly", server().get()));
        }
        try {
            return database != null ? Path.of(database) : Locations.defaultDatabase();
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserException(I18n.tr("server.cli.badPath", database), 2, e);
        }
    }

    /**
     * The server {@code --db} names, if it names one.
     *
     * @throws UserException when it starts like a server's address but lacks the host, the database or the user
     */
    Optional<ServerAddress> server() {
        if (!ServerAddress.names(database)) {
            return Optional.empty();
        }
        return Optional.of(ServerAddress.parse(database)
                .orElseThrow(() -> new UserException(I18n.tr("server.cli.badAddress", database), 2)));
    }

    /**
     * Refuses a command that works on a ledger file only (a backup, a restore) when {@code --db} names a server.
     *
     * @param key the message saying why, given the server's address
     */
    void requireFile(String key) {
        server().ifPresent(address -> {
            throw new UserException(I18n.tr(key, address));
        });
    }

    /**
     * Opens the ledger for the command {@code command}, named beside it while it is open. An encrypted ledger is opened
     * with the password of {@code --password-file}, or one asked for at the terminal; a new ledger is encrypted under
     * the password of {@code --password-file}.
     */
    Services open(CommandSpec command) {
        Optional<ServerAddress> server = server();
        if (server.isPresent()) {
            char[] password = serverPassword(server.get());
            try {
                Services services = Services.openServer(server.get(), password);
                if (services.schemaCreated()) {
                    command.commandLine().getErr().println(I18n.tr("server.cli.schemaCreated", server.get(),
                            services.schemaVersion()));
                }
                return services;
            } finally {
                Arrays.fill(password, '\0');
            }
        }
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

    /**
     * The password of the server's user: the first line of {@code --password-file}, else the environment variable
     * {@value #SERVER_PASSWORD_VARIABLE}, else typed at the terminal. Never stored.
     */
    private char[] serverPassword(ServerAddress server) {
        return serverPassword(server, passwordFile);
    }

    /** The password of the server's user: the first line of {@code file} when given, else as {@link #serverPassword}. */
    char[] serverPassword(ServerAddress server, Path file) {
        if (file != null) {
            return passwords.password(file);
        }
        String fromEnvironment = environment.apply(SERVER_PASSWORD_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment.toCharArray();
        }
        return passwords.serverPassword(server);
    }

    /** Where environment variables are read from; tests give their own. */
    void environment(java.util.function.UnaryOperator<String> variables) {
        this.environment = variables;
    }

    /** The password of the encrypted ledger {@code ledger}, from {@code --password-file} or the terminal. */
    LedgerPassword currentPassword(Path ledger) {
        return currentPassword(ledger, passwordFile);
    }

    /** The password of the encrypted ledger {@code ledger}, from {@code file} or the terminal; null when it has none. */
    LedgerPassword currentPassword(Path ledger, Path file) {
        return passwords.password(ledger, file);
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
        requireFile("server.cli.noWindow");
        openWindow.accept(database());
    }
}
