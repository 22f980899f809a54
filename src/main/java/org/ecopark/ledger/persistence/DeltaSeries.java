package org.ecopark.ledger.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.ecopark.ledger.model.DatedAmount;
import org.ecopark.ledger.model.Sampling;

/**
 * Turns the few dated amounts an aggregate query returns into the value at each point of a sampling.
 * The database does the heavy part (one pass over the records, grouped by day); what is left here is a
 * running sum over at most a few thousand days, which keeps one query per indicator for a whole series.
 */
final class DeltaSeries {

    private final List<LocalDate> dates = new ArrayList<>();
    /** prefix[i] = sum of the amounts of dates[0..i-1]; rows likewise. */
    private final List<BigDecimal> prefix = new ArrayList<>();
    private final List<Long> prefixRows = new ArrayList<>();

    DeltaSeries(List<DatedAmount> amounts) {
        List<DatedAmount> sorted = new ArrayList<>(amounts);
        sorted.sort(Comparator.comparing(DatedAmount::date));
        BigDecimal sum = BigDecimal.ZERO;
        long rows = 0;
        prefix.add(sum);
        prefixRows.add(rows);
        for (DatedAmount amount : sorted) {
            sum = sum.add(amount.amount());
            rows += amount.rows();
            dates.add(amount.date());
            prefix.add(sum);
            prefixRows.add(rows);
        }
    }

    /**
     * Counts of records: zero where nothing counts, null at every point when the scope has no record of
     * the kind at all ({@code hasRecords} false).
     */
    List<BigDecimal> counts(Sampling sampling, boolean hasRecords) {
        List<BigDecimal> values = new ArrayList<>(sampling.points().size());
        for (LocalDate point : sampling.points()) {
            values.add(hasRecords ? sumOver(from(sampling, point), point) : null);
        }
        return values;
    }

    /** Sums of figures: null at a point whose window holds no figure at all (a year without data). */
    List<BigDecimal> sums(Sampling sampling) {
        List<BigDecimal> values = new ArrayList<>(sampling.points().size());
        for (LocalDate point : sampling.points()) {
            LocalDate from = from(sampling, point);
            values.add(rowsOver(from, point) == 0 ? null : sumOver(from, point));
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

    private BigDecimal sumOver(LocalDate from, LocalDate to) {
        return prefix.get(upTo(to)).subtract(prefix.get(before(from)));
    }

    private long rowsOver(LocalDate from, LocalDate to) {
        return prefixRows.get(upTo(to)) - prefixRows.get(before(from));
    }

    /** How many dates are on or before {@code day}. */
    private int upTo(LocalDate day) {
        int i = Collections.binarySearch(dates, day);
        if (i < 0) {
            return -i - 1;
        }
        while (i + 1 < dates.size() && dates.get(i + 1).equals(day)) {
            i++;
        }
        return i + 1;
    }

    /** How many dates are before {@code day} (none when there is no lower bound). */
    private int before(LocalDate day) {
        if (day == null) {
            return 0;
        }
        int i = Collections.binarySearch(dates, day);
        if (i < 0) {
            return -i - 1;
        }
        while (i > 0 && dates.get(i - 1).equals(day)) {
            i--;
        }
        return i;
    }
}
