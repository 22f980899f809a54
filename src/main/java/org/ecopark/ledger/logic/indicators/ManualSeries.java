package org.ecopark.ledger.logic.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.model.ManualValue;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.model.SeriesPoint;

/**
 * Reads values entered by hand as a series. A value states the indicator for its period as the target
 * reads it (see {@link ManualValue}), so the value at a date is the latest one whose period has ended by
 * then; for a year-to-date reading it must also belong to the date's year.
 */
final class ManualSeries {

    private ManualSeries() {
    }

    static List<BigDecimal> sample(List<ManualValue> values, Sampling sampling) {
        boolean yearly = sampling.accumulation() == Sampling.Accumulation.YEAR_TO_DATE;
        List<BigDecimal> sampled = new ArrayList<>();
        for (LocalDate point : sampling.points()) {
            ManualValue latest = null;
            for (ManualValue value : values) {
                boolean ended = !value.periodEnd().isAfter(point);
                boolean inYear = !yearly || !value.periodStart().isBefore(point.withDayOfYear(1));
                if (ended && inYear && (latest == null || !value.periodEnd().isBefore(latest.periodEnd()))) {
                    latest = value;
                }
            }
            sampled.add(latest == null ? null : latest.value());
        }
        return sampled;
    }

    /** The values themselves as points at their periods' ends, up to {@code until} and from {@code from} (may be null). */
    static List<SeriesPoint> points(List<ManualValue> values, LocalDate from, LocalDate until) {
        List<SeriesPoint> points = new ArrayList<>();
        for (ManualValue value : values) {
            if (!value.periodEnd().isAfter(until) && (from == null || !value.periodStart().isBefore(from))) {
                points.add(new SeriesPoint(value.periodEnd(), value.value()));
            }
        }
        points.sort(java.util.Comparator.comparing(SeriesPoint::date));
        return points;
    }
}
