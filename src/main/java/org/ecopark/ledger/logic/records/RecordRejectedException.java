package org.ecopark.ledger.logic.records;

/** A save refused by validation: an error, or a warning without a written explanation. Nothing was written. */
public class RecordRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RecordValidation validation;

    public RecordRejectedException(RecordValidation validation, String message) {
        super(message);
        this.validation = validation;
    }

    /** The findings that refused the save. */
    public RecordValidation validation() {
        return validation;
    }
}
