package org.ecopark.ledger.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A calendar month, quarter or year. The end is inclusive (2025 Q3 = 2025-07-01 .. 2025-09-30), as in
 * the database.
 */
public record StatPeriod(PeriodType type, LocalDate start) {

    public StatPeriod {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(start, "start");
        if (start.getDayOfMonth() != 1 || (start.getMonthValue() - 1) % type.months() != 0) {
            throw new IllegalArgumentException(start + " does not start a " + type);
        }
    }

    public static StatPeriod month(int year, int month) {
        return new StatPeriod(PeriodType.MONTH, LocalDate.of(year, month, 1));
    }

    public static StatPeriod quarter(int year, int quarter) {
        return new StatPeriod(PeriodType.QUARTER, LocalDate.of(year, (quarter - 1) * 3 + 1, 1));
    }

    public static StatPeriod year(int year) {
        return new StatPeriod(PeriodType.YEAR, LocalDate.of(year, 1, 1));
    }

    public LocalDate end() {
        return start.plusMonths(type.months()).minusDays(1);
    }

    /** The same period one year earlier, for the year-on-year comparison. */
    public StatPeriod sameLastYear() {
        return new StatPeriod(type, start.minusYears(1));
    }

    /** The ISO-like code used in packages: 2025, 2025Q3 or 2025-07. */
    public String code() {
        return switch (type) {
            case YEAR -> String.valueOf(start.getYear());
            case QUARTER -> start.getYear() + "Q" + ((start.getMonthValue() - 1) / 3 + 1);
            // Not String.format: a package writes this once per figure (240,000 times for a large park's year).
            case MONTH -> start.getYear() + (start.getMonthValue() < 10 ? "-0" : "-") + start.getMonthValue();
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
