package org.ecopark.ledger.logic.collection;

/** A commit that was not attempted: the plan has errors, an unexplained warning, or an unconfirmed re-import. */
public class ImportRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportRejectedException(String message) {
        super(message);
    }
}
