package org.ecopark.ledger.logic.backup;

/** A backup or restore that could not be done; the message is for the user, in their language, the cause for the log. */
public class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
