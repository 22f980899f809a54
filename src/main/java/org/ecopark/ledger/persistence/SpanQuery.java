package org.ecopark.ledger.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.model.Sampling;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.TableLike;
import org.jooq.impl.DSL;

/**
 * Counts records that hold from a start day until an end day (a patent from its grant to its lapse, a
 * staff member from joining to leaving). One statement, one pass: the records grouped by their (start,
 * end) days since the sampling's window starts (all history for a level), few groups even for a hundred
 * thousand records. The sampling's dates are applied to the groups in Java ({@link #counts}), so the same
 * groups serve every as-of date.
 *
 * @param id            what is counted (distinct: a patent with two owners in the park counts once)
 * @param start         the day a record starts to count
 * @param end           the day it stops counting (not counted on that day); null for records that never end
 * @param alwaysStarted a null start counts as "since always" (an enterprise without a settling date)
 */
record SpanQuery(TableLike<?> from, Field<?> id, Field<LocalDate> start, Field<LocalDate> end, Condition where,
                 boolean alwaysStarted) {

    /** Records sharing a start and an end day. */
    record Span(LocalDate start, LocalDate end, long count) {
    }

    /** What one query learnt: whether the parks hold any record of the kind at all, and the spans. */
    record Spans(boolean any, DaySpans spans) {
    }

    /**
     * The records starting on or after {@code windowStart} (null: all of them, as a LEVEL needs), grouped by
     * their (start, end) days.
     */
    List<Span> spans(DSLContext dsl, LocalDate windowStart) {
        Field<LocalDate> endDay = end != null ? end : DSL.inline((LocalDate) null);
        Condition window = windowStart == null ? DSL.noCondition() : start.ge(windowStart);
        // grouped by plain columns: H2 cannot match a GROUP BY expression holding a bind value, and PostgreSQL refuses
        // a constant (the missing end) there
        return JdbcRows.fetch(dsl.select(start, endDay, DSL.countDistinct(id)).from(from).where(where).and(window)
                .groupBy(end != null ? List.of(start, end) : List.of(start)), SpanQuery::span);
    }

    /** A row of (start day, end day, records) as a span. */
    private static Span span(java.sql.ResultSet row) throws java.sql.SQLException {
        return new Span(JdbcRows.day(row, 1), JdbcRows.day(row, 2), row.getLong(3));
    }

    /**
     * The count at each point: LEVEL counts what started by the point and has not ended; SINCE only what
     * started on or after the sampling's start; YEAR_TO_DATE what started in the point's year (an end later
     * does not undo it). Null everywhere when {@code spans.any()} is false: no record, no data.
     */
    List<BigDecimal> counts(Spans spans, Sampling sampling) {
        if (!spans.any()) {
            return DeltaSeries.noData(sampling);
        }
        boolean ends = end != null && sampling.accumulation() != Sampling.Accumulation.YEAR_TO_DATE;
        long since = sampling.accumulation() == Sampling.Accumulation.SINCE ? sampling.since().toEpochDay()
                : Long.MIN_VALUE;
        long floor = sampling.first().toEpochDay();
        DeltaSeries series = new DeltaSeries(sampling);
        DaySpans groups = spans.spans();
        for (int group = 0; group < groups.size(); group++) {
            long day = groups.start(group);
            if (day == DaySpans.NONE) {
                if (!alwaysStarted || sampling.accumulation() != Sampling.Accumulation.LEVEL) {
                    continue;
                }
                day = floor;
            }
            if (day < since) {
                continue;
            }
            int count = groups.count(group);
            series.count(day, count);
            if (ends && groups.end(group) != DaySpans.NONE) {
                series.count(groups.end(group), -count);
            }
        }
        return series.counts(true);
    }
}
