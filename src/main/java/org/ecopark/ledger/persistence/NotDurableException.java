package org.ecopark.ledger.persistence;

/**
 * A commit that happened, but could not be forced onto the disk afterwards: unlike any other failure of a write,
 * the ledger did change (and the change was announced), it is only not certain to survive a power cut.
 */
public class NotDurableException extends DatabaseException {
    public NotDurableException(String message, Throwable cause) {
        super(message, cause);
    }
}
