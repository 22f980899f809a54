package org.ecopark.ledger.logic.copy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.CopiedTable;

/** A verified copy in the user's words, for the command's output and the window's result list. */
public final class LedgerCopyText {

    private LedgerCopyText() {
    }

    /** What was copied where, the verification, and the rows of each table on both sides. */
    public static List<String> lines(LedgerCopyResult result) {
        List<String> lines = new ArrayList<>();
        lines.add(I18n.tr("copy.done", result.from(), result.to(), result.outcome().tables().size(),
                String.valueOf(result.outcome().rows()), BigDecimal.valueOf(result.took().toMillis())
                        .divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP).toPlainString()));
        lines.add(I18n.tr("copy.checked"));
        lines.add(I18n.tr("copy.counts"));
        for (CopiedTable table : result.outcome().tables()) {
            lines.add(I18n.tr("copy.countLine", table.table(), String.valueOf(table.sourceRows()),
                    String.valueOf(table.targetRows())));
        }
        return lines;
    }
}
