package org.ecopark.ledger.logic;

import java.nio.file.Path;
import org.ecopark.ledger.persistence.DataDirectory;

/** Where the user's data lives, for the window and the commands. */
public final class Locations {

    /** The system property naming the log's folder (read by the logging, LogConfiguration); the system's temporary folder without it. */
    public static final String LOG_DIRECTORY_PROPERTY = "ecopark.logdir";

    private Locations() {
    }

    /** The user data folder: database, log and preferences. */
    public static Path dataDirectory() {
        return DataDirectory.resolve();
    }

    /** The program's log, where the details of every error are. */
    public static Path logFile() {
        return Path.of(System.getProperty(LOG_DIRECTORY_PROPERTY, System.getProperty("java.io.tmpdir")),
                "ecopark-ledger.log");
    }

    /** The ledger database used when no {@code --db} is given. */
    public static Path defaultDatabase() {
        return DataDirectory.defaultDatabase();
    }

    /**
     * The ledger the window opens when none is named: the one it had open last, while its file is still there (a
     * park that made its own ledger after trying the demo finds its own again), else the default ledger.
     */
    public static Path windowLedger(UserPreferences preferences) {
        return preferences.lastLedger().filter(ledger -> java.nio.file.Files.isRegularFile(Services.fileOf(ledger)))
                .orElseGet(Locations::defaultDatabase);
    }
}
