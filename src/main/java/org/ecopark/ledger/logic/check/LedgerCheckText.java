package org.ecopark.ledger.logic.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.DerivedDifference;
import org.ecopark.ledger.model.TargetStatus;

/** A ledger check in the user's words, one line per finding; the same for the command line and the window. */
public final class LedgerCheckText {

    private LedgerCheckText() {
    }

    /** The findings, or the one line that says all is well. */
    public static List<String> lines(LedgerCheck check) {
        List<String> lines = new ArrayList<>();
        for (String park : check.unfinishedParks()) {
            lines.add(I18n.tr("check.unfinished", park));
        }
        for (DerivedDifference difference : check.derived()) {
            lines.add(I18n.tr("check.derived", difference.parkCode(),
                    I18n.tr("check.table." + difference.table().name()), difference.storedRows(),
                    difference.recomputedRows(), difference.differingRows()));
        }
        for (EvaluationDifference difference : check.evaluations()) {
            lines.add(I18n.tr("check.evaluation", difference.parkCode(), difference.targetCode(),
                    difference.asOf().toString(), amount(difference.shown(), difference),
                    status(difference.shownStatus()), amount(difference.fromRecords(), difference),
                    status(difference.recordsStatus())));
        }
        if (lines.isEmpty()) {
            lines.add(I18n.tr("check.clean", check.parksChecked(), check.targetsChecked()));
        }
        return lines;
    }

    private static String amount(BigDecimal value, EvaluationDifference difference) {
        return value == null ? I18n.tr("check.noValue") : value.stripTrailingZeros().toPlainString() + " "
                + difference.unit().symbol();
    }

    private static String status(TargetStatus status) {
        return I18n.tr("indicators.status." + status.name());
    }
}
