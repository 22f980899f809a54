package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What a target's trajectory chart draws, in the target's unit.
 *
 * @param step        MONTH or QUARTER: the spacing of {@code actual}
 * @param actual      the indicator at each month or quarter end up to the measurement date, oldest first
 * @param pace        the required pace: a straight line from the baseline to the target at the deadline for
 *                    STOCK, CUMULATIVE and RATIO; for FLOW and RECURRING a line from 0 on January 1 to the
 *                    target on December 31 of every year of the plan; empty for milestones
 * @param forecast    the dashed forecast: from the last actual point to the value at the deadline; empty
 *                    when there is no forecast
 * @param targetLevel the target's value (horizontal line)
 * @param deadline    the target's deadline (vertical marker)
 * @param baseline    the baseline the pace starts from (the target's, or the value at the start); may be null
 */
public record Trajectory(PeriodType step, List<SeriesPoint> actual, List<SeriesPoint> pace, List<SeriesPoint> forecast,
                         BigDecimal targetLevel, LocalDate deadline, SeriesPoint baseline) {

    public Trajectory {
        actual = List.copyOf(actual);
        pace = List.copyOf(pace);
        forecast = List.copyOf(forecast);
    }
}
