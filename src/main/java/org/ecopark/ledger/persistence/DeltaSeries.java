package org.ecopark.ledger.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.ecopark.ledger.model.Sampling;

/**
 * Turns the dated amounts an aggregate query returns (records starting or ending on a day, sums of figures
 * whose periods end that day) into the value at each point of a sampling. The database does the heavy part
 * (one pass over the records, grouped by day); what is left here is one bucket per day the sampling asks
 * about: each amount is added to the bucket of the first such day on or after its own, and a value is a
 * difference of two running sums. No sorting, and counts stay in {@code long}: a large park's thousands of
 * spans cost a binary search each.
 *
 * <p>The days asked about are each point and, for a windowed sampling, the day before each point's window.
 * An amount after the last point never counts and is dropped.
 */
final class DeltaSeries {

    private final Sampling sampling;
    /** The days asked about, ascending, as epoch days. */
    private final long[] days;
    private final long[] counts;
    private final BigDecimal[] amounts;
    private final long[] rows;

    DeltaSeries(Sampling sampling) {
        this.sampling = sampling;
        TreeSet<Long> asked = new TreeSet<>();
        for (LocalDate point : sampling.points()) {
            asked.add(point.toEpochDay());
            LocalDate from = from(sampling, point);
            if (from != null) {
                asked.add(from.toEpochDay() - 1);
            }
        }
        this.days = asked.stream().mapToLong(Long::longValue).toArray();
        this.counts = new long[days.length];
        this.amounts = new BigDecimal[days.length];
        this.rows = new long[days.length];
    }

    /** The value at every point when the scope holds no record of the kind at all: no data, null everywhere. */
    static List<BigDecimal> noData(Sampling sampling) {
        return new ArrayList<>(java.util.Collections.nCopies(sampling.points().size(), (BigDecimal) null));
    }

    /** {@code count} records start (positive) or stop (negative) counting on the epoch day {@code day}. */
    void count(long day, long count) {
        int bucket = bucket(day);
        if (bucket >= 0) {
            counts[bucket] += count;
        }
    }

    /** A sum of {@code rowCount} figures attributed to {@code day} (a negative amount takes one back). */
    void add(LocalDate day, BigDecimal amount, long rowCount) {
        int bucket = bucket(day.toEpochDay());
        if (bucket >= 0) {
            amounts[bucket] = amounts[bucket] == null ? amount : amounts[bucket].add(amount);
            rows[bucket] += rowCount;
        }
    }

    /**
     * Counts of records: zero where nothing counts, null at every point when the scope has no record of
     * the kind at all ({@code hasRecords} false).
     */
    List<BigDecimal> counts(boolean hasRecords) {
        if (!hasRecords) {
            return noData(sampling);
        }
        long[] running = running(counts);
        List<BigDecimal> values = new ArrayList<>(sampling.points().size());
        for (LocalDate point : sampling.points()) {
            values.add(BigDecimal.valueOf(over(running, from(sampling, point), point)));
        }
        return values;
    }

    /** Sums of figures: null at a point whose window holds no figure at all (a year without data). */
    List<BigDecimal> sums() {
        long[] runningRows = running(rows);
        BigDecimal[] running = new BigDecimal[days.length];
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < days.length; i++) {
            sum = amounts[i] == null ? sum : sum.add(amounts[i]);
            running[i] = sum;
        }
        List<BigDecimal> values = new ArrayList<>(sampling.points().size());
        for (LocalDate point : sampling.points()) {
            LocalDate from = from(sampling, point);
            if (over(runningRows, from, point) == 0) {
                values.add(null);
            } else {
                BigDecimal before = from == null ? BigDecimal.ZERO : running[index(from.toEpochDay() - 1)];
                values.add(running[index(point.toEpochDay())].subtract(before));
            }
        }
        return values;
    }

    /** The first day that counts at {@code point}; null for no lower bound. */
    private static LocalDate from(Sampling sampling, LocalDate point) {
        return switch (sampling.accumulation()) {
            case LEVEL -> null;
            case SINCE -> sampling.since();
            case YEAR_TO_DATE -> point.withDayOfYear(1);
        };
    }

    /** What the buckets from {@code from} to {@code to} hold, from their running sums; nothing when from > to. */
    private long over(long[] running, LocalDate from, LocalDate to) {
        if (from != null && from.isAfter(to)) {
            return 0; // a point before the window opens
        }
        long before = from == null ? 0 : running[index(from.toEpochDay() - 1)];
        return running[index(to.toEpochDay())] - before;
    }

    private static long[] running(long[] buckets) {
        long[] running = new long[buckets.length];
        long sum = 0;
        for (int i = 0; i < buckets.length; i++) {
            sum += buckets[i];
            running[i] = sum;
        }
        return running;
    }

    /** The bucket of an amount on {@code day}: the first day asked about on or after it; -1 after the last. */
    private int bucket(long day) {
        int i = Arrays.binarySearch(days, day);
        if (i >= 0) {
            return i;
        }
        int insertion = -i - 1;
        return insertion < days.length ? insertion : -1;
    }

    /** The bucket of a day asked about. */
    private int index(long day) {
        return Arrays.binarySearch(days, day);
    }
}
