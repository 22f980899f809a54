package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One value of an indicator at one date (a month or quarter end, or the as-of date). */
public record SeriesPoint(LocalDate date, BigDecimal value) {

    public SeriesPoint {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
