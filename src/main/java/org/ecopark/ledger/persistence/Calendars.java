package org.ecopark.ledger.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.model.Sampling;
import org.jooq.Row2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The sampling dates as a derived table built from bind values, so one statement can join them. Built
 * in Java rather than with H2's SYSTEM_RANGE or PostgreSQL's generate_series, which the other does not
 * know: VALUES works on both.
 */
final class Calendars {

    static final String DAY = "d";
    /** The first day that counts at the point: January 1 for year-to-date, the sampling's start for SINCE. */
    static final String WINDOW_START = "w";

    private Calendars() {
    }

    static Table<?> points(Sampling sampling) {
        List<Row2<LocalDate, LocalDate>> rows = new ArrayList<>();
        for (LocalDate point : sampling.points()) {
            LocalDate start = switch (sampling.accumulation()) {
                case LEVEL -> point;
                case SINCE -> sampling.since();
                case YEAR_TO_DATE -> point.withDayOfYear(1);
            };
            rows.add(DSL.row(DSL.val(point), DSL.val(start)));
        }
        @SuppressWarnings("unchecked")
        Row2<LocalDate, LocalDate>[] array = rows.toArray(new Row2[0]);
        return DSL.values(array).as("cal", DAY, WINDOW_START);
    }
}
