package org.ecopark.ledger.logic.submission;

import java.util.function.BooleanSupplier;
import org.ecopark.ledger.l10n.I18n;

/** The user stopped an export; nothing was written and nothing recorded. */
public final class ExportCancelledException extends RuntimeException {

    public ExportCancelledException() {
        super(I18n.tr("submission.export.cancelled"));
    }

    static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new ExportCancelledException();
        }
    }
}
