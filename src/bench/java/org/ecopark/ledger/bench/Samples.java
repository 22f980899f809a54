package org.ecopark.ledger.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** The arithmetic of the benchmark: medians of repeated runs, ratios to floors, figures as the table prints them. */
public final class Samples {

    private Samples() {
    }

    /** The median; of an even count, the mean of the middle two. */
    public static double median(List<Double> samples) {
        if (samples.isEmpty()) {
            throw new IllegalArgumentException("No samples");
        }
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** {@code value / floor}, or null when there is no floor or it is not positive. */
    public static Double ratio(double value, Double floor) {
        return floor == null || floor <= 0 ? null : value / floor;
    }

    /** Milliseconds since {@code startNanos}. */
    public static double millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    /** A figure with as many decimals as its size needs: 1234, 12.3, 1.23, 0.123. */
    public static String format(double value) {
        double size = Math.abs(value);
        String pattern = size >= 100 || value == Math.rint(value) && size < 1e15 ? "%.0f" : size >= 10 ? "%.1f"
                : size >= 1 ? "%.2f" : "%.3f";
        return String.format(Locale.ROOT, pattern, value);
    }
}
