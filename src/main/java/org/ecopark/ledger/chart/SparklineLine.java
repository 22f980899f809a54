package org.ecopark.ledger.chart;

import java.math.BigDecimal;
import java.util.List;

/**
 * The small trend line of a dashboard card, as a plain polyline: a chart per card would be heavy, and the dashboard's
 * first paint loads none of JFreeChart's classes.
 */
public final class SparklineLine {

    private SparklineLine() {
    }

    /**
     * The values as x,y pairs inside a {@code width} x {@code height} box, y pointing down, oldest at the
     * left; the lowest value touches the bottom and the highest the top (a flat series lies in the middle).
     * Fewer than two values give no line.
     */
    public static double[] polyline(List<BigDecimal> values, double width, double height) {
        if (values.size() < 2) {
            return new double[0];
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (BigDecimal value : values) {
            min = Math.min(min, value.doubleValue());
            max = Math.max(max, value.doubleValue());
        }
        double range = max - min;
        double[] xy = new double[values.size() * 2];
        for (int i = 0; i < values.size(); i++) {
            xy[2 * i] = width * i / (values.size() - 1);
            double share = range == 0 ? 0.5 : (values.get(i).doubleValue() - min) / range;
            xy[2 * i + 1] = height - share * height;
        }
        return xy;
    }
}
