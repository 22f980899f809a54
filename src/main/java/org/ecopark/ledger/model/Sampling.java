package org.ecopark.ledger.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The dates an indicator is computed at, and how records count toward each of them.
 *
 * @param points       ascending dates (month or quarter ends, the last one the measurement date)
 * @param accumulation how records add up to the value at a point
 * @param since        for {@link Accumulation#SINCE}: the first day records count; ignored otherwise
 */
public record Sampling(List<LocalDate> points, Accumulation accumulation, LocalDate since) {

    /** How records add up to the value at a date. */
    public enum Accumulation {
        /** What holds at the date: granted and not lapsed, employed, settled and not left. */
        LEVEL,
        /** What started from {@code since} to the date and still holds at it. */
        SINCE,
        /** What started from January 1 of the date's year to the date (a lapse later does not undo it). */
        YEAR_TO_DATE
    }

    public Sampling {
        points = List.copyOf(points);
        if (points.isEmpty()) {
            throw new IllegalArgumentException("A sampling needs at least one date");
        }
        Objects.requireNonNull(accumulation, "accumulation");
        if (accumulation == Accumulation.SINCE) {
            Objects.requireNonNull(since, "since");
        }
        for (int i = 1; i < points.size(); i++) {
            if (!points.get(i).isAfter(points.get(i - 1))) {
                throw new IllegalArgumentException("Points must ascend: " + points);
            }
        }
    }

    public static Sampling level(List<LocalDate> points) {
        return new Sampling(points, Accumulation.LEVEL, null);
    }

    public static Sampling since(LocalDate since, List<LocalDate> points) {
        return new Sampling(points, Accumulation.SINCE, since);
    }

    public static Sampling yearToDate(List<LocalDate> points) {
        return new Sampling(points, Accumulation.YEAR_TO_DATE, null);
    }

    /** The one date at {@code date}. */
    public Sampling at(LocalDate date) {
        return new Sampling(List.of(date), accumulation, since);
    }

    public LocalDate first() {
        return points.get(0);
    }

    public LocalDate last() {
        return points.get(points.size() - 1);
    }

    /** The earliest day a record can count at any point: for year-to-date, January 1 of the first point's year. */
    public LocalDate windowStart() {
        return switch (accumulation) {
            case LEVEL -> null;
            case SINCE -> since;
            case YEAR_TO_DATE -> first().withDayOfYear(1);
        };
    }
}
