package org.ecopark.ledger.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the ledger keeps its database, log and preferences: the user's data folder, never the install
 * folder, so that an upgrade or an uninstall loses nothing.
 */
public final class DataDirectory {

    /** Overrides the folder, for tests and for portable installations. */
    public static final String HOME_VARIABLE = "ECOPARK_LEDGER_HOME";

    private static final String DATABASE_NAME = "ledger";

    private DataDirectory() {
    }

    public static Path resolve() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("EcoParkLedger");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "EcoParkLedger");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("ecopark-ledger");
    }

    /** The database in the data folder; H2 adds {@code .mv.db} to this path. */
    public static Path defaultDatabase() {
        return resolve().resolve(DATABASE_NAME);
    }
}
