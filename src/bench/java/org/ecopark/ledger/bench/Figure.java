package org.ecopark.ledger.bench;

import java.util.List;
import java.util.Locale;

/**
 * One line of the results: the median of several runs of a scenario's measurement at one park size, the floor it
 * is compared with (measured in the same run, null when the figure has none) and its budget. A scenario that did
 * not finish (its JVM ran out of memory, or failed) is a figure too, without a value: {@link #failed}.
 *
 * @param park the park it was measured on, e.g. {@code 200×5}; empty until the runner sets it ({@link #atPark})
 * @param unit "ms", "MB" or "saves/s"; empty for a failure
 */
public record Figure(String scenario, String park, String name, String unit, double median, int runs, String floorName,
                     Double floorMedian, Budget budget) {

    private static final String SEPARATOR = "\t";
    private static final int CELLS = 9;

    public Figure {
        if (scenario.contains(SEPARATOR) || park.contains(SEPARATOR) || name.contains(SEPARATOR)
                || floorName != null && floorName.contains(SEPARATOR)) {
            throw new IllegalArgumentException("No tabs in names: " + name);
        }
    }

    /** A figure timed against a floor. */
    public static Figure timed(String scenario, String name, List<Double> millis, String floorName, List<Double> floorMillis,
                               Budget budget) {
        return new Figure(scenario, "", name, "ms", Samples.median(millis), millis.size(), floorName,
                floorMillis == null || floorMillis.isEmpty() ? null : Samples.median(floorMillis), budget);
    }

    /** A figure measured once, in megabytes, without a floor. */
    public static Figure megabytes(String scenario, String name, double megabytes, Budget budget) {
        return megabytes(scenario, name, List.of(megabytes), budget);
    }

    /** The median of figures in megabytes, without a floor. */
    public static Figure megabytes(String scenario, String name, List<Double> megabytes, Budget budget) {
        return new Figure(scenario, "", name, "MB", Samples.median(megabytes), megabytes.size(), null, null, budget);
    }

    /** A scenario that gave no figures: {@code why} says what happened; it is always over its budget. */
    public static Figure failed(String scenario, String why) {
        return new Figure(scenario, "", why, "", Double.NaN, 0, null, null, Budget.NONE);
    }

    /** This figure, measured on the park labelled {@code park}. */
    public Figure atPark(String label) {
        return new Figure(scenario, label, name, unit, median, runs, floorName, floorMedian, budget);
    }

    public boolean isFailure() {
        return Double.isNaN(median);
    }

    /** The median over the floor's median; null without a floor. */
    public Double ratio() {
        return isFailure() ? null : Samples.ratio(median, floorMedian);
    }

    public Budget.Mark mark() {
        return isFailure() ? Budget.Mark.OVER : budget.mark(median, ratio());
    }

    /** One line of the file a scenario's process hands its figures back in. */
    public String toLine() {
        return String.join(SEPARATOR, scenario, park, name, unit, Double.toString(median), Integer.toString(runs),
                floorName == null ? "" : floorName, floorMedian == null ? "" : Double.toString(floorMedian), budget.name());
    }

    public static Figure parse(String line) {
        String[] cells = line.split(SEPARATOR, -1);
        if (cells.length != CELLS) {
            throw new IllegalArgumentException("Not a figure: " + line);
        }
        return new Figure(cells[0], cells[1], cells[2], cells[3], Double.parseDouble(cells[4]), Integer.parseInt(cells[5]),
                cells[6].isEmpty() ? null : cells[6], cells[7].isEmpty() ? null : Double.valueOf(cells[7]),
                Budget.valueOf(cells[8].toUpperCase(Locale.ROOT)));
    }
}
