package org.ecopark.ledger.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.Trajectory;

/**
 * What a trajectory chart shows, independent of how it was computed: the screen and the PDF report
 * both build this (usually through {@link #of}) and hand it to {@link TrajectoryChartFactory}.
 *
 * @param title       the chart title, usually the target's title
 * @param unitLabel   the unit of every value, e.g. {@code 亿元}; the y-axis label
 * @param actual      the actual values, oldest first (month or quarter ends)
 * @param targetLevel the target's value; drawn as a horizontal line; may be null (no line)
 * @param baseline    the baseline value at its date; may be null
 * @param deadline    the target's deadline; drawn as a vertical line; may be null
 * @param forecast    the forecast from the last actual value to the deadline; may be empty
 * @param pace        the required pace from the baseline to the target at the deadline; may be empty
 * @param yearToDate  actual and pace count the year so far and start again each January (FLOW and
 *                    RECURRING targets): their lines break at the turn of the year
 */
public record TrajectoryChartData(String title, String unitLabel, List<SeriesPoint> actual, BigDecimal targetLevel,
                                  SeriesPoint baseline, LocalDate deadline, List<SeriesPoint> forecast,
                                  List<SeriesPoint> pace, boolean yearToDate) {

    public TrajectoryChartData {
        title = title == null ? "" : title;
        unitLabel = unitLabel == null ? "" : unitLabel;
        actual = actual == null ? List.of() : List.copyOf(actual);
        forecast = forecast == null ? List.of() : List.copyOf(forecast);
        pace = pace == null ? List.of() : List.copyOf(pace);
    }

    /**
     * The chart of a target's trajectory as the evaluation computed it, titled with the target in {@code language}
     * (the screen's; the report for the bureau keeps the plan's Chinese title).
     */
    public static TrajectoryChartData of(Target target, Trajectory trajectory, Locale language) {
        boolean yearToDate = target.kind() == TargetKind.FLOW || target.kind() == TargetKind.RECURRING;
        return new TrajectoryChartData(target.titleIn(language), target.unit().symbol(), trajectory.actual(),
                trajectory.targetLevel(), trajectory.baseline(), trajectory.deadline(), trajectory.forecast(),
                trajectory.pace(), yearToDate);
    }
}
