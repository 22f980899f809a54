package org.ecopark.ledger.logic.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.SeriesPoint;

/**
 * The least-squares straight line through a series, and its value at a later date. Time runs in days, so
 * month ends of different lengths and a mid-month as-of date weigh as they should. Fewer than
 * {@link #MIN_POINTS} points give no forecast: two points are a line through noise, not a trend.
 */
public final class Forecast {

    public static final int MIN_POINTS = 3;
    /** Forecasts are shown with four decimals at most, as the database stores values. */
    static final int SCALE = 4;

    private Forecast() {
    }

    /** The fitted line: value = intercept + slopePerDay * (days since origin). */
    public record Line(LocalDate origin, double intercept, double slopePerDay) {

        public BigDecimal valueAt(LocalDate date) {
            double value = intercept + slopePerDay * ChronoUnit.DAYS.between(origin, date);
            return BigDecimal.valueOf(value).setScale(SCALE, RoundingMode.HALF_UP).stripTrailingZeros();
        }
    }

    /** The least-squares line through {@code points}; empty with fewer than three distinct dates. */
    public static Optional<Line> fit(List<SeriesPoint> points) {
        if (points.size() < MIN_POINTS) {
            return Optional.empty();
        }
        LocalDate origin = points.get(0).date();
        int n = points.size();
        double meanX = 0;
        double meanY = 0;
        for (SeriesPoint point : points) {
            meanX += ChronoUnit.DAYS.between(origin, point.date());
            meanY += point.value().doubleValue();
        }
        meanX /= n;
        meanY /= n;
        double sxx = 0;
        double sxy = 0;
        for (SeriesPoint point : points) {
            double dx = ChronoUnit.DAYS.between(origin, point.date()) - meanX;
            sxx += dx * dx;
            sxy += dx * (point.value().doubleValue() - meanY);
        }
        if (sxx == 0) {
            return Optional.empty(); // all on one date: no direction to extrapolate
        }
        double slope = sxy / sxx;
        return Optional.of(new Line(origin, meanY - slope * meanX, slope));
    }

    /** The trend's value at {@code date}; empty with fewer than three points. */
    public static Optional<BigDecimal> at(List<SeriesPoint> points, LocalDate date) {
        return fit(points).map(line -> line.valueAt(date));
    }
}
