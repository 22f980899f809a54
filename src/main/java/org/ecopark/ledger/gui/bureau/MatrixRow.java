package org.ecopark.ledger.gui.bureau;

import java.math.BigDecimal;
import org.ecopark.ledger.gui.dashboard.DashboardStyles;
import org.ecopark.ledger.gui.dashboard.EvaluationTexts;
import org.ecopark.ledger.logic.bureau.Consolidation;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.model.TargetStatus;

/**
 * One row of the consolidation table: a park's target with its figures, or, for a park without an accepted package,
 * the park's state (未报送, 已退回, 发送方未确认) in place of the figures.
 *
 * @param parkName  the park's short name in the screen's language
 * @param title     the target's title in the screen's language (the plan's Chinese one when the catalog has no other)
 * @param indicator the indicator's name in the screen's language; its code when the catalog lacks it
 * @param packageId the package behind the row: the accepted one, else the returned or held one; null when none came
 * @param stateText the park's state as the bureau says it, with a return's reason
 */
public record MatrixRow(Consolidation.Cell cell, String parkName, String title, String indicator, Long packageId, String stateText) {

    /** The status filter's key of a target's status. */
    static final String STATUS = "status:";
    /** The status filter's key of a park's state without accepted figures. */
    static final String STATE = "state:";
    /** The key of an accepted row without a status (a figure the park's ledger did not judge). */
    static final String NO_STATUS = STATUS + "none";

    public String parkCode() {
        return cell.park().code();
    }

    public String targetCode() {
        return cell.targetCode();
    }

    public BigDecimal targetValue() {
        return cell.targetValue();
    }

    /** The actual figure; null for a park whose package was not accepted. */
    public BigDecimal actual() {
        return cell.accepted() ? cell.actual() : null;
    }

    public String unit() {
        return cell.unit() == null ? "" : cell.unit();
    }

    /** What the status filter compares: the target's status for accepted figures, else the park's state. */
    public String statusKey() {
        if (!cell.accepted()) {
            return STATE + cell.state().name();
        }
        return cell.status() == null ? NO_STATUS : STATUS + cell.status().name();
    }

    /**
     * Where the status column sorts the row: the statuses in the dashboard's order, then a figure without one, then the
     * parks' states.
     */
    public int statusRank() {
        if (!cell.accepted()) {
            return TargetStatus.values().length + 1 + cell.state().ordinal();
        }
        return cell.status() == null ? TargetStatus.values().length : cell.status().ordinal();
    }

    /** The status column's text: the dashboard's status word, or the park's state. */
    public String statusText() {
        if (!cell.accepted()) {
            return cell.state().label();
        }
        return cell.status() == null ? EvaluationTexts.NONE : EvaluationTexts.status(cell.status());
    }

    /** The dashboard's colour of the status; null for a park's state. */
    public String statusStyle() {
        TargetStatus status = cell.accepted() ? cell.status() : null;
        return status == null ? null : DashboardStyles.of(status);
    }

    public boolean accepted() {
        return cell.accepted();
    }

    /** A park's state without figures: none came, it was returned, or its sender is unconfirmed. */
    public boolean withoutFigures() {
        return cell.state() != SubmissionStatus.State.RECEIVED;
    }
}
