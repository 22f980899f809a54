package org.ecopark.ledger.persistence;

import java.sql.SQLException;
import org.h2.api.ErrorCode;

/** A database that cannot be opened, migrated or closed. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Whether the file did not open because another program (a window, a command) holds it open. */
    public boolean fileInUse() {
        for (Throwable cause = getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }
}
