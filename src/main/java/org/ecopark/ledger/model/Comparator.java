package org.ecopark.ledger.model;

import java.math.BigDecimal;

/**
 * How the plan compares an actual value with its target: "以上/达到" (at least), "突破/过" read strictly
 * where the catalog says so, "左右" (about) and "=" for milestones and exact counts. The code is what the
 * catalog file and the database store; the symbol is what people read.
 */
public enum Comparator {
    AT_LEAST(">=", "≥"),
    GREATER(">", ">"),
    ABOUT("≈", "≈"),
    EQUAL("=", "=");

    /**
     * An "about" (左右) target counts as met at 95 % of its value or more. The plan never says how close
     * "about" is; 95 % is the reading this program applies everywhere (status, charts, reports), so an
     * indicator must reuse this constant rather than pick its own tolerance.
     */
    public static final BigDecimal ABOUT_THRESHOLD = new BigDecimal("0.95");

    private final String code;
    private final String symbol;

    Comparator(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    /** The stored form: {@code >=}, {@code >}, {@code ≈} or {@code =}. */
    public String code() {
        return code;
    }

    /** The form shown to people: {@code ≥}, {@code >}, {@code ≈} or {@code =}. */
    public String symbol() {
        return symbol;
    }

    /** The comparator stored as {@code code}; also accepts the display symbol {@code ≥}. */
    public static Comparator fromCode(String code) {
        for (Comparator comparator : values()) {
            if (comparator.code.equals(code) || comparator.symbol.equals(code)) {
                return comparator;
            }
        }
        throw new IllegalArgumentException("Unknown comparator " + code);
    }

    /** Whether {@code code} names a comparator. */
    public static boolean isKnown(String code) {
        for (Comparator comparator : values()) {
            if (comparator.code.equals(code) || comparator.symbol.equals(code)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code actual} meets {@code target} (both in the same unit). No actual value is never met.
     * {@link #EQUAL} compares numerically, so 1 and 1.00 are equal.
     */
    public boolean isMet(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null) {
            return false;
        }
        return switch (this) {
            case AT_LEAST -> actual.compareTo(target) >= 0;
            case GREATER -> actual.compareTo(target) > 0;
            case ABOUT -> actual.compareTo(target.multiply(ABOUT_THRESHOLD)) >= 0;
            case EQUAL -> actual.compareTo(target) == 0;
        };
    }
}
