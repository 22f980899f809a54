package org.ecopark.ledger.model;

/** The calendar periods statistics are reported for. */
public enum PeriodType {
    MONTH(1),
    QUARTER(3),
    YEAR(12);

    private final int months;

    PeriodType(int months) {
        this.months = months;
    }

    public int months() {
        return months;
    }
}
