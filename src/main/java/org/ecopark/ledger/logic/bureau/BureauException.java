package org.ecopark.ledger.logic.bureau;

/** A bureau-mode step that cannot be done, with a message in the user's language. */
public class BureauException extends RuntimeException {

    public BureauException(String message) {
        super(message);
    }

    public BureauException(String message, Throwable cause) {
        super(message, cause);
    }
}
