package org.ecopark.ledger.logic.bench;

import java.util.List;
import java.util.Locale;

/**
 * One line of the results: the median of several runs of a scenario's measurement, the floor it is
 * compared with (measured in the same run, null when the figure has none) and its budget.
 *
 * @param unit "ms" or "MB"
 */
public record Figure(String scenario, String name, String unit, double median, int runs, String floorName,
                     Double floorMedian, Budget budget) {

    private static final String SEPARATOR = "\t";

    public Figure {
        if (scenario.contains(SEPARATOR) || name.contains(SEPARATOR) || floorName != null && floorName.contains(SEPARATOR)) {
            throw new IllegalArgumentException("No tabs in names: " + name);
        }
    }

    /** A figure timed against a floor. */
    public static Figure timed(String scenario, String name, List<Double> millis, String floorName, List<Double> floorMillis,
                               Budget budget) {
        return new Figure(scenario, name, "ms", Samples.median(millis), millis.size(), floorName,
                floorMillis == null || floorMillis.isEmpty() ? null : Samples.median(floorMillis), budget);
    }

    /** A figure measured once, in megabytes, without a floor. */
    public static Figure megabytes(String scenario, String name, double megabytes, Budget budget) {
        return megabytes(scenario, name, List.of(megabytes), budget);
    }

    /** The median of figures in megabytes, without a floor. */
    public static Figure megabytes(String scenario, String name, List<Double> megabytes, Budget budget) {
        return new Figure(scenario, name, "MB", Samples.median(megabytes), megabytes.size(), null, null, budget);
    }

    /** The median over the floor's median; null without a floor. */
    public Double ratio() {
        return Samples.ratio(median, floorMedian);
    }

    public Budget.Mark mark() {
        return budget.mark(median, ratio());
    }

    /** One line of the file a scenario's process hands its figures back in. */
    public String toLine() {
        return String.join(SEPARATOR, scenario, name, unit, Double.toString(median), Integer.toString(runs),
                floorName == null ? "" : floorName, floorMedian == null ? "" : Double.toString(floorMedian), budget.name());
    }

    public static Figure parse(String line) {
        String[] cells = line.split(SEPARATOR, -1);
        if (cells.length != 8) {
            throw new IllegalArgumentException("Not a figure: " + line);
        }
        return new Figure(cells[0], cells[1], cells[2], Double.parseDouble(cells[3]), Integer.parseInt(cells[4]),
                cells[5].isEmpty() ? null : cells[5], cells[6].isEmpty() ? null : Double.valueOf(cells[6]),
                Budget.valueOf(cells[7].toUpperCase(Locale.ROOT)));
    }
}
