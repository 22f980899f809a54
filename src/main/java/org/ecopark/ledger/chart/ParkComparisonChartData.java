package org.ecopark.ledger.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the chart of one indicator across a bureau's parks shows: per park its actual figure beside its target.
 *
 * @param title       the chart's title
 * @param unitLabel   the value axis's label (the unit)
 * @param actualLabel the legend's name of the actual figures; {@code targetLabel} of the targets
 * @param bars        one per park, in the order shown; a null figure draws no bar
 */
public record ParkComparisonChartData(String title, String unitLabel, String actualLabel, String targetLabel,
                                      List<Bar> bars) {

    public ParkComparisonChartData {
        bars = List.copyOf(bars);
    }

    /** A park's pair of bars; {@code label} names the park on the category axis. */
    public record Bar(String label, BigDecimal actual, BigDecimal target) {
    }
}
