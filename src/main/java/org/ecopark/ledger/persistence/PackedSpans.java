package org.ecopark.ledger.persistence;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A park's spans of one kind as the single value {@code park_span.spans} holds (migration V1_4): for each span, in
 * order of its start day, three big-endian 4-byte integers: the start and end as days since 1970-01-01
 * ({@link Integer#MIN_VALUE} for none) and how many records share them. One value read in one go instead of
 * thousands of rows.
 */
final class PackedSpans {

    private static final int NONE = Integer.MIN_VALUE;
    private static final int BYTES_PER_SPAN = 3 * Integer.BYTES;
    private static final Comparator<SpanQuery.Span> BY_START = Comparator.comparing(SpanQuery.Span::start,
            Comparator.nullsFirst(Comparator.naturalOrder()));

    private PackedSpans() {
    }

    static byte[] pack(List<SpanQuery.Span> spans) {
        List<SpanQuery.Span> sorted = new ArrayList<>(spans);
        sorted.sort(BY_START);
        ByteBuffer packed = ByteBuffer.allocate(sorted.size() * BYTES_PER_SPAN);
        for (SpanQuery.Span span : sorted) {
            packed.putInt(day(span.start()));
            packed.putInt(day(span.end()));
            packed.putInt(Math.toIntExact(span.count()));
        }
        return packed.array();
    }

    /** The spans starting on or after {@code windowStart} (null: all of them, those without a start included). */
    static List<SpanQuery.Span> unpack(byte[] packed, LocalDate windowStart) {
        if (packed.length % BYTES_PER_SPAN != 0) {
            throw new IllegalArgumentException("Packed spans of " + packed.length + " bytes are not whole spans");
        }
        ByteBuffer spans = ByteBuffer.wrap(packed);
        long from = windowStart == null ? Long.MIN_VALUE : windowStart.toEpochDay();
        List<SpanQuery.Span> unpacked = new ArrayList<>(packed.length / BYTES_PER_SPAN);
        while (spans.hasRemaining()) {
            int start = spans.getInt();
            int end = spans.getInt();
            int count = spans.getInt();
            if (windowStart != null && (start == NONE || start < from)) {
                continue;
            }
            unpacked.add(new SpanQuery.Span(date(start), date(end), count));
        }
        return unpacked;
    }

    private static int day(LocalDate date) {
        return date == null ? NONE : Math.toIntExact(date.toEpochDay());
    }

    private static LocalDate date(int day) {
        return day == NONE ? null : LocalDate.ofEpochDay(day);
    }
}
