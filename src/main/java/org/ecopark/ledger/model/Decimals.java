package org.ecopark.ledger.model;

import java.math.BigDecimal;

/**
 * Numbers as the plan writes them: 60, not 60.0000 (the database scale) nor 6E+1 (what
 * {@link BigDecimal#stripTrailingZeros()} makes of it).
 */
public final class Decimals {

    private Decimals() {
    }

    /** {@code value} without trailing zeros and never in exponent form; null stays null. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** The text of {@link #plain}: {@code 60}, {@code 0.5}, {@code 15000}; empty for null. */
    public static String text(BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString();
    }
}
