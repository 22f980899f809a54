package org.ecopark.ledger.logic.demo;

import java.util.HashMap;
import java.util.Map;

/**
 * Hands out patent serials for a synthetic park: consecutive per application year and type, as the
 * patent office issues them, from a block chosen by the seed. The blocks lie above 5,000,000, where the
 * demo's realistic serials never go, so a benchmark park and the demo can share a ledger; two synthetic
 * parks collide only if their seeds pick the same block (1 in {@link #BLOCKS}).
 */
final class SyntheticPatentSerials {

    static final int BLOCKS = 50;
    static final int BLOCK_SIZE = 100_000;
    private static final int FIRST_SERIAL = 5_000_000;

    private final int base;
    private final Map<Integer, Integer> issued = new HashMap<>();

    SyntheticPatentSerials(long seed) {
        this.base = FIRST_SERIAL + block(seed) * BLOCK_SIZE;
    }

    /** The block of serials a seed draws from. */
    static int block(long seed) {
        return Math.floorMod(Long.hashCode(seed * 0x9E3779B97F4A7C15L), BLOCKS);
    }

    String next(int year, int typeDigit) {
        int key = year * 10 + typeDigit;
        int count = issued.merge(key, 1, Integer::sum);
        if (count > BLOCK_SIZE) {
            throw new IllegalStateException("More than " + BLOCK_SIZE + " patents of one type in " + year);
        }
        return ValidCodes.patentNumber(year, typeDigit, base + count - 1);
    }
}
