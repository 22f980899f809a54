package org.ecopark.ledger.persistence;

/** A database that cannot be opened, migrated or closed. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
