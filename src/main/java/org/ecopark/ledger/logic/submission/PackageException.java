package org.ecopark.ledger.logic.submission;

/** An export or a check that cannot be done, with a message in the user's language. */
public class PackageException extends RuntimeException {

    public PackageException(String message) {
        super(message);
    }

    public PackageException(String message, Throwable cause) {
        super(message, cause);
    }
}
