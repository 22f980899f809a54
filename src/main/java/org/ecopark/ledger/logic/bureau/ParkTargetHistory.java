package org.ecopark.ledger.logic.bureau;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.TargetKind;

/**
 * One park's target across the periods the bureau holds an accepted package for: the bureau has no daily series, only
 * what each package reports, so each point is a period's end with the actual figure the park's ledger gave there.
 *
 * @param title       the target's title in the bureau's catalog; the code when the catalog lacks it
 * @param kind        the catalog's kind; null when the catalog lacks the target
 * @param unit        the unit of the figures, as the newest package states it
 * @param targetValue the target's value as the newest accepted package states it (the catalog's without one)
 * @param deadline    the catalog's deadline of the target; null when the catalog lacks it
 * @param baseline    the catalog's baseline value at its date; null when it gives none
 * @param points      one per period end, oldest first; a package without a figure for the target gives none
 */
public record ParkTargetHistory(Park park, String targetCode, String title, TargetKind kind, String indicatorCode,
                                String unit, BigDecimal targetValue, LocalDate deadline, SeriesPoint baseline,
                                List<Point> points) {

    public ParkTargetHistory {
        points = List.copyOf(points);
    }

    /**
     * A figure of one accepted package.
     *
     * @param periodCode the package's period, e.g. 2025 or 2025Q3
     * @param packageId  the package the figure comes from
     */
    public record Point(String periodCode, LocalDate periodEnd, BigDecimal actual, long packageId) {
    }

    /** The points as a series of dates and values. */
    public List<SeriesPoint> series() {
        return points.stream().map(point -> new SeriesPoint(point.periodEnd(), point.actual())).toList();
    }
}
