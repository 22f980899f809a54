package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A target judged at a date. Every value is in the target's own unit (亿元, 万吨, %...).
 *
 * @param asOf       the date asked for
 * @param measuredOn the date the value is measured at: the as-of date, or the deadline once it has passed
 *                   (a target is judged by its deadline; what happens later does not change the verdict)
 * @param actual     the indicator's value at {@code measuredOn}; null when there is no data. For a FLOW or
 *                   RATIO target the value of the year so far; for RECURRING the weakest complete year
 *                   since the plan start (the year so far while none is complete); for MILESTONE 1 or 0
 * @param manual     the value was entered by hand, not derived from records
 * @param met        the comparator is met at {@code measuredOn} (RECURRING: every year of the plan met it)
 * @param gap        target minus actual: what is still missing (negative when exceeded); null without data
 * @param pace       the value the required pace asks for at {@code measuredOn}; null when there is none
 *                   (milestones, manual values without a baseline...)
 * @param forecast   the value the trend reaches at the deadline; null before three points of history,
 *                   and once the deadline has come (the value is then final)
 * @param series     the indicator at each month end from the plan start (or baseline) to {@code measuredOn},
 *                   oldest first; dates without data are left out
 */
public record Evaluation(Target target, LocalDate asOf, LocalDate measuredOn, BigDecimal actual, boolean manual,
                         boolean met, BigDecimal gap, BigDecimal pace, BigDecimal forecast, TargetStatus status,
                         List<SeriesPoint> series) {

    public Evaluation {
        series = series == null ? List.of() : List.copyOf(series);
    }

    public boolean hasData() {
        return status != TargetStatus.NO_DATA;
    }
}
