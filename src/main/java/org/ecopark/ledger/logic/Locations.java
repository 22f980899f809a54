package org.ecopark.ledger.logic;

import java.nio.file.Path;
import org.ecopark.ledger.persistence.DataDirectory;

/** Where the user's data lives, for the window and the commands. */
public final class Locations {

    private Locations() {
    }

    /** The user data folder: database, log and preferences. */
    public static Path dataDirectory() {
        return DataDirectory.resolve();
    }

    /** The ledger database used when no {@code --db} is given. */
    public static Path defaultDatabase() {
        return DataDirectory.defaultDatabase();
    }
}
