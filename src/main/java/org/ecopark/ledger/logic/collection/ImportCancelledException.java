package org.ecopark.ledger.logic.collection;

import org.ecopark.ledger.l10n.I18n;

/** The user cancelled a long import or generation; the transaction in progress was rolled back. */
public class ImportCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ImportCancelledException() {
        super(I18n.tr("collection.cancelled"));
    }

    /** Throws when the user asked to stop; called between rows. */
    static void check(java.util.function.BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new ImportCancelledException();
        }
    }
}
