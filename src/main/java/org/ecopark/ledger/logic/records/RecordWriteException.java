package org.ecopark.ledger.logic.records;

import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.DatabaseErrors;

/**
 * A write the database refused, or one that found the record changed underneath; the transaction was
 * rolled back, so nothing was written. The message says why in the user's language.
 */
public class RecordWriteException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RecordWriteException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The record is gone or was changed since it was read (another window, another user). */
    public static RecordWriteException gone() {
        return new RecordWriteException(I18n.tr("records.error.gone"), null);
    }

    /**
     * Explains a failed write: by the fault of the ledger file when it is one (a full disk, a read-only file), else by
     * the constraint it broke: a specific message where the bundle has one ({@code records.constraint.<name>}), else
     * one for the kind of constraint.
     */
    public static RecordWriteException from(Throwable error) {
        java.util.Optional<String> fault = org.ecopark.ledger.logic.LedgerFaults.message(error);
        if (fault.isPresent()) {
            return new RecordWriteException(fault.get(), error);
        }
        String name = DatabaseErrors.constraintName(error).orElse(null);
        if (name == null) {
            return new RecordWriteException(I18n.tr("records.error.saveFailed"), error);
        }
        String specific = "records.constraint." + name;
        if (I18n.has(specific)) {
            return new RecordWriteException(I18n.tr(specific), error);
        }
        String message;
        if (name.startsWith("fk_")) {
            message = I18n.tr("records.error.inUse", name);
        } else if (name.startsWith("uq_") || name.startsWith("pk_")) {
            message = I18n.tr("records.error.duplicate", name);
        } else {
            message = I18n.tr("records.error.invalid", name);
        }
        return new RecordWriteException(message, error);
    }
}
