package org.ecopark.ledger.logic.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.TargetStatus;

/**
 * The status rules and the required pace, as pure functions over numbers (README: "How a target's status
 * is decided"). In order:
 * <ol>
 *   <li>NO_DATA: no record or entered value at all;</li>
 *   <li>ACHIEVED: the comparator is met (judged at the deadline once it has come);</li>
 *   <li>OVERDUE: the deadline has come (as-of on or after it) and the target was not met;</li>
 *   <li>AT_RISK: a RECURRING target already missed a complete year;</li>
 *   <li>ON_TRACK: the progress is at or above the required pace, or the forecast meets the target;</li>
 *   <li>BEHIND: below pace, but the forecast reaches {@link #AT_RISK_FORECAST_SHARE} of the target, or,
 *       without a forecast, the progress reaches {@link #AT_RISK_PACE_SHARE} of the pace;</li>
 *   <li>AT_RISK: otherwise.</li>
 * </ol>
 * Without a pace and a forecast (a milestone not yet due) a target is ON_TRACK.
 */
public final class TargetEvaluator {

    /**
     * A forecast below 90 % of the target puts a target below pace AT_RISK; from 90 % it is only BEHIND.
     * 90 % leaves room for the noise of a three-year monthly trend without calling every dip a risk.
     */
    public static final BigDecimal AT_RISK_FORECAST_SHARE = new BigDecimal("0.90");
    /**
     * Without a forecast (fewer than three points), progress below half of the required pace is AT_RISK:
     * half-way behind the line cannot be made up by ordinary growth.
     */
    public static final BigDecimal AT_RISK_PACE_SHARE = new BigDecimal("0.50");

    private TargetEvaluator() {
    }

    /**
     * What the rules look at, all in the target's unit.
     *
     * @param actual          the value shown (null: no data)
     * @param progress        the value compared with the pace: the actual, or for FLOW and RECURRING the
     *                        value of the year so far
     * @param pace            the required pace at the measurement date; null when there is none
     * @param forecast        the value expected at the deadline; null when there is none
     * @param met             the comparator is met (for RECURRING: every year of the plan met it)
     * @param deadlineReached the as-of date is on or after the deadline
     * @param missedYear      a RECURRING target already missed a complete year
     */
    public record Facts(Comparator comparator, BigDecimal target, BigDecimal actual, BigDecimal progress,
                        BigDecimal pace, BigDecimal forecast, boolean met, boolean deadlineReached,
                        boolean missedYear) {
    }

    public static TargetStatus status(Facts facts) {
        if (facts.actual() == null) {
            return TargetStatus.NO_DATA;
        }
        if (facts.met()) {
            return TargetStatus.ACHIEVED;
        }
        if (facts.deadlineReached()) {
            return TargetStatus.OVERDUE;
        }
        if (facts.missedYear()) {
            return TargetStatus.AT_RISK;
        }
        BigDecimal progress = facts.progress() == null ? facts.actual() : facts.progress();
        BigDecimal pace = facts.pace();
        BigDecimal forecast = facts.forecast();
        if (pace != null && progress.compareTo(pace) >= 0) {
            return TargetStatus.ON_TRACK;
        }
        if (forecast != null) {
            if (facts.comparator().isMet(forecast, facts.target())) {
                return TargetStatus.ON_TRACK;
            }
            return forecast.compareTo(facts.target().multiply(AT_RISK_FORECAST_SHARE)) >= 0
                    ? TargetStatus.BEHIND : TargetStatus.AT_RISK;
        }
        if (pace == null) {
            return TargetStatus.ON_TRACK;
        }
        return progress.compareTo(pace.multiply(AT_RISK_PACE_SHARE)) >= 0 ? TargetStatus.BEHIND : TargetStatus.AT_RISK;
    }

    /**
     * The straight line from {@code startValue} at {@code start} to {@code target} at {@code deadline}, read
     * at {@code at}: the start value before the start, the target from the deadline on.
     */
    public static BigDecimal linearPace(LocalDate start, BigDecimal startValue, LocalDate deadline, BigDecimal target,
                                        LocalDate at) {
        if (!at.isAfter(start)) {
            return Decimals.plain(startValue);
        }
        if (!at.isBefore(deadline) || !deadline.isAfter(start)) {
            return Decimals.plain(target);
        }
        BigDecimal share = BigDecimal.valueOf(ChronoUnit.DAYS.between(start, at))
                .divide(BigDecimal.valueOf(ChronoUnit.DAYS.between(start, deadline)), MathContext.DECIMAL64);
        return round(startValue.add(target.subtract(startValue).multiply(share)));
    }

    /**
     * The share of a yearly target due by {@code at}: one twelfth per complete month (figures are reported
     * by month, so a month counts once it has ended; at December 31 the whole target).
     */
    public static BigDecimal yearSharePace(BigDecimal target, LocalDate at) {
        return round(target.multiply(BigDecimal.valueOf(monthsCompleted(at)))
                .divide(BigDecimal.valueOf(12), MathContext.DECIMAL64));
    }

    /** The months of {@code at}'s year that have ended by it (its own month when it is the month's last day). */
    static int monthsCompleted(LocalDate at) {
        boolean monthEnd = at.getDayOfMonth() == at.lengthOfMonth();
        return monthEnd ? at.getMonthValue() : at.getMonthValue() - 1;
    }

    static BigDecimal round(BigDecimal value) {
        return Decimals.plain(value.setScale(Forecast.SCALE, RoundingMode.HALF_UP));
    }
}
