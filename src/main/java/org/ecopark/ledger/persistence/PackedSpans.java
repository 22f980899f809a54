package org.ecopark.ledger.persistence;

import java.nio.ByteBuffer;

/**
 * A park's spans of one kind as the single value {@code park_span.spans} holds (migration V1_4): the
 * {@link DaySpans} triples (start day, end day, records; days since 1970-01-01, {@link DaySpans#NONE} for none) as
 * big-endian 4-byte integers, in order of start. One value read in one go instead of thousands of rows.
 */
final class PackedSpans {

    private PackedSpans() {
    }

    static byte[] pack(DaySpans spans) {
        int[] triples = spans.triples();
        ByteBuffer packed = ByteBuffer.allocate(triples.length * Integer.BYTES);
        packed.asIntBuffer().put(triples);
        return packed.array();
    }

    static DaySpans unpack(byte[] packed) {
        if (packed.length % (3 * Integer.BYTES) != 0) {
            throw new IllegalArgumentException("Packed spans of " + packed.length + " bytes are not whole spans");
        }
        int[] triples = new int[packed.length / Integer.BYTES];
        ByteBuffer.wrap(packed).asIntBuffer().get(triples);
        return new DaySpans(triples);
    }
}
