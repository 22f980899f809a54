package org.ecopark.ledger.persistence;

/**
 * The databases a ledger can live in, for tests that run on each: the embedded H2 (in memory) and a PostgreSQL server
 * ({@link TestServer}; a test on it is skipped when none is configured).
 */
public enum Backend {
    H2 {
        @Override
        public Database open(String name) {
            return Database.inMemory(name + "-" + System.nanoTime());
        }
    },
    POSTGRESQL {
        @Override
        public Database open(String name) {
            return TestServer.open();
        }
    };

    /** A new, migrated, empty ledger database; {@link #close} it when done. */
    public abstract Database open(String name);

    /**
     * Closes a database {@link #open} gave, giving it back to the server's tests when it is on one
     * ({@link TestServer#giveBack}); nothing for null (skipped).
     */
    public static void close(Database database) {
        if (database != null) {
            TestServer.close(database);
        }
    }

    /** Gives back a database {@link #open} gave that its owner (a {@code Services}) has closed; nothing on H2. */
    public static void giveBack(Database closed) {
        if (closed != null) {
            closed.server().ifPresent(TestServer::giveBack);
        }
    }
}
