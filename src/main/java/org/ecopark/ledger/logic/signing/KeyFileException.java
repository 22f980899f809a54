package org.ecopark.ledger.logic.signing;

/** A public key file that cannot be used, with a message in the user's language. */
public final class KeyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public KeyFileException(String message) {
        super(message);
    }

    public KeyFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
