package org.ecopark.ledger;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import org.ecopark.ledger.cli.LedgerCommand;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerPreload;
import org.ecopark.ledger.logic.Locations;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.persistence.DataDirectory;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Entry point of the jar. A plain class, not an {@link Application}, so that the shaded jar starts
 * without a JavaFX module path. With no subcommand it opens the window; with one it is the
 * command-line companion.
 */
public final class Launcher {

    /** Read by the logging ({@link LogConfiguration}): the log file lives in the data folder. */
    static final String LOG_DIRECTORY_PROPERTY = Locations.LOG_DIRECTORY_PROPERTY;
    /** SLF4J's own messages on the console: only its errors at a window start. */
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";

    private Launcher() {
    }

    public static void main(String[] args) {
        if (System.getProperty(LOG_DIRECTORY_PROPERTY) == null) {
            System.setProperty(LOG_DIRECTORY_PROPERTY, DataDirectory.resolve().toString());
        }
        UserPreferences preferences = UserPreferences.load(DataDirectory.resolve());
        I18n.setLocale(preferences.language());
        // JavaFX's own strings (OK, Cancel, the date picker) follow the default locale, read once at start.
        Locale.setDefault(I18n.locale());
        java.util.Optional<org.ecopark.ledger.model.ServerAddress> server = windowServer(args, preferences);
        if (server.isPresent()) {
            // a ledger on a server: the window asks for the password, then opens it (nothing to begin beforehand)
            startLogging();
            Application.launch(LedgerApp.class, "--db=" + server.get());
            System.exit(0);
        }
        Path window = windowLedger(args, preferences);
        if (window != null) {
            // The double-click (or the window on a named ledger): straight to the window, without building the
            // command line's model of every subcommand (a few hundred milliseconds of a cold start, measured by the
            // benchmark), and with the ledger opening beside JavaFX's start from now on.
            startLogging();
            LedgerPreload.beginForWindow(window);
            openWindow(window);
            System.exit(0);
        }
        int exitCode = commandLine().execute(args);
        System.exit(exitCode);
    }

    /**
     * Starts the logging beside the window's start: reading its configuration takes a few hundred milliseconds of a
     * cold start. A logger asked for meanwhile (by the ledger opening, by JavaFX's thread) keeps what it is given until
     * then and passes it on (SLF4J's substitute loggers), without SLF4J's notice of that on the console.
     */
    private static void startLogging() {
        if (System.getProperty(SLF4J_VERBOSITY) == null) {
            System.setProperty(SLF4J_VERBOSITY, "ERROR");
        }
        Thread logging = new Thread(LoggerFactory::getILoggerFactory, "logging-start");
        logging.setDaemon(true);
        logging.start();
    }

    /**
     * The ledger of a window start: no arguments (the one the window had last) or only {@code --db PATH}; null for a
     * command, left to the command line.
     */
    static Path windowLedger(String[] args, UserPreferences preferences) {
        if (args.length == 0) {
            return Locations.windowLedger(preferences);
        }
        if (args.length == 2 && args[0].equals("--db") && !args[1].isBlank() && !args[1].startsWith("-")) {
            return pathOrNull(args[1]);
        }
        if (args.length == 1 && args[0].startsWith("--db=") && args[0].length() > "--db=".length()) {
            return pathOrNull(args[0].substring("--db=".length()));
        }
        return null;
    }

    /**
     * The server of a window start on a ledger there: {@code --db postgresql://…} alone, or no arguments when the
     * window was set to open the server's ledger (设置 → 数据库); empty for a file, a command or an unusable address
     * (which the command line then explains).
     */
    static java.util.Optional<org.ecopark.ledger.model.ServerAddress> windowServer(String[] args,
                                                                                  UserPreferences preferences) {
        if (args.length == 0) {
            return preferences.server();
        }
        String named = args.length == 2 && args[0].equals("--db") ? args[1]
                : args.length == 1 && args[0].startsWith("--db=") ? args[0].substring("--db=".length()) : null;
        return org.ecopark.ledger.model.ServerAddress.parse(named);
    }

    /**
     * The path, or null for a name the system cannot hold or a server's address (which the window does not open yet):
     * the command line then says what is wrong with it.
     */
    private static Path pathOrNull(String name) {
        if (org.ecopark.ledger.model.ServerAddress.names(name)) {
            return null;
        }
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    static CommandLine commandLine() {
        return LedgerCommand.commandLine(Launcher::openWindow);
    }

    private static void openWindow(Path database) {
        Application.launch(LedgerApp.class, "--db=" + database.toAbsolutePath());
    }
}
