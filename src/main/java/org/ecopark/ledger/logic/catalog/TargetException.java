package org.ecopark.ledger.logic.catalog;

/** A change to plans, parks or targets that the rules refuse; the message is translated and names the item. */
public class TargetException extends RuntimeException {

    public TargetException(String message) {
        super(message);
    }
}
