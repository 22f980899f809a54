package org.ecopark.ledger.logic.check;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.DerivedDifference;
import org.ecopark.ledger.model.TargetStatus;

/** A ledger check in the user's words, one line per finding; the same for the command line and the window. */
public final class LedgerCheckText {

    /** The decimals the dashboard shows a value with. */
    private static final int SHOWN_DECIMALS = 2;

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
            // as the dashboard rounds them, unless that hides the difference
            int scale = rounded(difference.shown()).equals(rounded(difference.fromRecords())) ? -1 : SHOWN_DECIMALS;
            lines.add(I18n.tr("check.evaluation", difference.parkCode(), difference.targetCode(),
                    difference.asOf().toString(), amount(difference.shown(), scale, difference),
                    status(difference.shownStatus()), amount(difference.fromRecords(), scale, difference),
                    status(difference.recordsStatus())));
        }
        if (lines.isEmpty()) {
            lines.add(I18n.tr("check.clean", check.parksChecked(), check.targetsChecked()));
        }
        return lines;
    }

    private static String amount(BigDecimal value, int scale, EvaluationDifference difference) {
        if (value == null) {
            return I18n.tr("check.noValue");
        }
        BigDecimal shown = scale < 0 ? value : value.setScale(scale, RoundingMode.HALF_UP);
        return shown.stripTrailingZeros().toPlainString() + " " + difference.unit().symbol();
    }

    private static String rounded(BigDecimal value) {
        return value == null ? "" : value.setScale(SHOWN_DECIMALS, RoundingMode.HALF_UP).toPlainString();
    }

    private static String status(TargetStatus status) {
        return I18n.tr("indicators.status." + status.name());
    }
}
