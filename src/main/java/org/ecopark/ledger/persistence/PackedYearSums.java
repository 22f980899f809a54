package org.ecopark.ledger.persistence;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The enterprises' yearly sums of one (park, metric, year) as the single value {@code stat_enterprise_year.totals}
 * holds (migration V1.15): a 4-byte count, then per enterprise in order of its id the 8-byte id, the 4-byte scale of
 * its sum and the sum's unscaled value as a 2-byte length and its two's-complement bytes, all big-endian. One value
 * read and written in one go instead of a row per enterprise. A sum is kept with at least the 4 decimals the figures
 * have, as the sums were when each was a DECIMAL(24,4) row.
 */
final class PackedYearSums {

    /** The decimals of a figure ({@code period_stat.stat_value}): every sum has at least these. */
    private static final int SCALE = 4;

    private PackedYearSums() {
    }

    static byte[] pack(Map<Long, BigDecimal> sums) {
        SortedMap<Long, BigDecimal> ordered = new TreeMap<>(sums);
        byte[][] unscaled = new byte[ordered.size()][];
        int[] scales = new int[ordered.size()];
        int size = Integer.BYTES;
        int i = 0;
        for (BigDecimal sum : ordered.values()) {
            BigDecimal kept = sum.scale() < SCALE ? sum.setScale(SCALE) : sum;
            unscaled[i] = kept.unscaledValue().toByteArray();
            scales[i] = kept.scale();
            if (unscaled[i].length > Short.MAX_VALUE) {
                throw new IllegalArgumentException("A yearly sum of " + unscaled[i].length + " bytes cannot be packed");
            }
            size += Long.BYTES + Integer.BYTES + Short.BYTES + unscaled[i].length;
            i++;
        }
        ByteBuffer packed = ByteBuffer.allocate(size);
        packed.putInt(ordered.size());
        i = 0;
        for (long enterprise : ordered.keySet()) {
            packed.putLong(enterprise).putInt(scales[i]).putShort((short) unscaled[i].length).put(unscaled[i]);
            i++;
        }
        return packed.array();
    }

    /** The sums by enterprise, in order of its id. */
    static SortedMap<Long, BigDecimal> unpack(byte[] packed) {
        ByteBuffer in = ByteBuffer.wrap(packed);
        SortedMap<Long, BigDecimal> sums = new TreeMap<>();
        try {
            int count = in.getInt();
            for (int i = 0; i < count; i++) {
                long enterprise = in.getLong();
                int scale = in.getInt();
                byte[] unscaled = new byte[in.getShort()];
                in.get(unscaled);
                sums.put(enterprise, new BigDecimal(new BigInteger(unscaled), scale));
            }
        } catch (java.nio.BufferUnderflowException | NegativeArraySizeException e) {
            throw new IllegalArgumentException("Packed yearly sums of " + packed.length + " bytes are cut short", e);
        }
        if (in.hasRemaining()) {
            throw new IllegalArgumentException("Packed yearly sums of " + packed.length + " bytes run on past their count");
        }
        return sums;
    }
}
