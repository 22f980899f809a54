package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.ecopark.ledger.model.Sampling;
import org.junit.jupiter.api.Test;

class DeltaSeriesTest {

    private static final List<LocalDate> POINTS = days("2024-01-31", "2024-06-30", "2024-12-31", "2025-03-15");

    @Test
    void aLevelCountsWhatStartedAndHadNotEndedByEachPoint() {
        DeltaSeries series = new DeltaSeries(Sampling.level(POINTS));
        series.count(day("2019-05-01"), 3);      // long before the first point
        series.count(day("2024-06-30"), 2);      // on a point: counts there
        series.count(day("2024-07-01"), -1);     // an end the day after
        series.count(day("2025-03-16"), 100);    // after the last point: never counts
        assertThat(series.counts(true)).containsExactly(n(3), n(5), n(4), n(4));
    }

    @Test
    void yearToDateCountsOnlyTheStartsOfEachPointsYear() {
        DeltaSeries series = new DeltaSeries(Sampling.yearToDate(POINTS));
        series.count(day("2023-12-31"), 9);      // the day before 2024's window
        series.count(day("2024-01-01"), 1);
        series.count(day("2024-12-31"), 2);
        series.count(day("2025-01-01"), 4);
        series.count(day("2025-03-15"), 1);
        assertThat(series.counts(true)).containsExactly(n(1), n(1), n(3), n(5));
    }

    @Test
    void sinceCountsFromItsFirstDay() {
        DeltaSeries series = new DeltaSeries(Sampling.since(LocalDate.parse("2024-03-01"), POINTS));
        series.count(day("2024-02-29"), 5);
        series.count(day("2024-03-01"), 2);
        series.count(day("2024-12-31"), 1);
        assertThat(series.counts(true)).containsExactly(n(0), n(2), n(3), n(3));
    }

    @Test
    void sumsAreNullWhereTheWindowHoldsNoFigure() {
        DeltaSeries series = new DeltaSeries(Sampling.yearToDate(POINTS));
        series.add(LocalDate.parse("2024-01-31"), new BigDecimal("10.5"), 2);
        series.add(LocalDate.parse("2024-05-31"), new BigDecimal("4"), 1);
        // 2025 has a figure taken back to zero: a sum of zero, not "no data"
        series.add(LocalDate.parse("2025-02-28"), new BigDecimal("7"), 1);
        series.add(LocalDate.parse("2025-02-28"), new BigDecimal("-7"), 0);
        List<BigDecimal> sums = series.sums();
        assertThat(sums.get(0)).isEqualByComparingTo("10.5");
        assertThat(sums.get(1)).isEqualByComparingTo("14.5");
        assertThat(sums.get(2)).isEqualByComparingTo("14.5");
        assertThat(sums.get(3)).isEqualByComparingTo("0");

        DeltaSeries empty = new DeltaSeries(Sampling.yearToDate(POINTS));
        empty.add(LocalDate.parse("2023-06-30"), BigDecimal.ONE, 1);
        assertThat(empty.sums()).containsOnlyNulls();
    }

    @Test
    void noRecordsAtAllIsNoDataEverywhere() {
        assertThat(new DeltaSeries(Sampling.level(POINTS)).counts(false)).hasSize(4).containsOnlyNulls();
        assertThat(new DeltaSeries(Sampling.level(POINTS)).counts(true)).containsOnly(n(0));
    }

    private static long day(String day) {
        return LocalDate.parse(day).toEpochDay();
    }

    private static BigDecimal n(long value) {
        return BigDecimal.valueOf(value);
    }

    private static List<LocalDate> days(String... days) {
        return Arrays.stream(days).map(LocalDate::parse).toList();
    }
}
