package org.ecopark.ledger;

import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Application;
import org.ecopark.ledger.cli.LedgerCommand;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Locations;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.persistence.DataDirectory;
import picocli.CommandLine;

/**
 * Entry point of the jar. A plain class, not an {@link Application}, so that the shaded jar starts
 * without a JavaFX module path. With no subcommand it opens the window; with one it is the
 * command-line companion.
 */
public final class Launcher {

    /** Read by logback.xml: the log file lives in the data folder. */
    static final String LOG_DIRECTORY_PROPERTY = Locations.LOG_DIRECTORY_PROPERTY;

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
        if (args.length == 0) {
            // The double-click: straight to the window, without building the command line's model of every
            // subcommand (a few hundred milliseconds of a cold start, measured by the benchmark).
            openWindow(Locations.windowLedger(preferences));
            System.exit(0);
        }
        int exitCode = commandLine().execute(args);
        System.exit(exitCode);
    }

    static CommandLine commandLine() {
        return LedgerCommand.commandLine(Launcher::openWindow);
    }

    private static void openWindow(Path database) {
        Application.launch(LedgerApp.class, "--db=" + database.toAbsolutePath());
    }
}
