package org.ecopark.ledger.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Records grouped by their (start, end) days, kept compactly for counting: three ints per group in one array, the
 * start and end as days since 1970-01-01 ({@link #NONE} for no day) and how many records share them, ordered by
 * start (groups without a start first). A large park's thousands of groups are then one array, counted by a tight
 * loop ({@link SpanQuery#counts}), and unpacked from their stored form ({@link PackedSpans}) by one bulk copy.
 */
final class DaySpans {

    /** No day: a record that never started (counts since always, where allowed) or never ends. */
    static final int NONE = Integer.MIN_VALUE;
    static final DaySpans EMPTY = new DaySpans(new int[0]);

    private static final Comparator<SpanQuery.Span> BY_START = Comparator.comparing(SpanQuery.Span::start,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private final int[] triples;

    /** @param triples start, end, count of each group, ordered by start */
    DaySpans(int[] triples) {
        if (triples.length % 3 != 0) {
            throw new IllegalArgumentException("Spans come in threes, not " + triples.length + " ints");
        }
        this.triples = triples;
    }

    static DaySpans of(List<SpanQuery.Span> spans) {
        List<SpanQuery.Span> sorted = new ArrayList<>(spans);
        sorted.sort(BY_START);
        int[] triples = new int[sorted.size() * 3];
        int i = 0;
        for (SpanQuery.Span span : sorted) {
            triples[i++] = day(span.start());
            triples[i++] = day(span.end());
            triples[i++] = Math.toIntExact(span.count());
        }
        return new DaySpans(triples);
    }

    int size() {
        return triples.length / 3;
    }

    int start(int group) {
        return triples[3 * group];
    }

    int end(int group) {
        return triples[3 * group + 1];
    }

    int count(int group) {
        return triples[3 * group + 2];
    }

    /** The start, end, count triples, as {@link PackedSpans} stores them. */
    int[] triples() {
        return triples.clone();
    }

    /** The groups starting on or after {@code windowStart} (null: all of them, those without a start included). */
    DaySpans from(LocalDate windowStart) {
        if (windowStart == null) {
            return this;
        }
        long first = windowStart.toEpochDay();
        int from = 0;
        while (from < size() && (start(from) == NONE || start(from) < first)) {
            from++;
        }
        return from == 0 ? this : new DaySpans(Arrays.copyOfRange(triples, 3 * from, triples.length));
    }

    /** The groups as spans with dates: for writers and tests. */
    List<SpanQuery.Span> toSpans() {
        List<SpanQuery.Span> spans = new ArrayList<>(size());
        for (int group = 0; group < size(); group++) {
            spans.add(new SpanQuery.Span(date(start(group)), date(end(group)), count(group)));
        }
        return spans;
    }

    static int day(LocalDate date) {
        return date == null ? NONE : Math.toIntExact(date.toEpochDay());
    }

    private static LocalDate date(int day) {
        return day == NONE ? null : LocalDate.ofEpochDay(day);
    }
}
