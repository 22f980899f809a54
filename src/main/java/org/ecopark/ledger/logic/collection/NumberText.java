package org.ecopark.ledger.logic.collection;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number as a sheet's XML stores it, read within bounds before any arithmetic. {@code new BigDecimal}
 * takes {@code 1e999999999} in a few bytes, and the first {@code toPlainString} or {@code setScale} on it
 * then asks for a gigabyte; an exponent past the int range throws, and a million digits take seconds. So
 * the length, the exponent and the number of integer digits are judged on the text first; only a text
 * within them becomes a BigDecimal.
 */
final class NumberText {

    /** Longer than any number Excel or LibreOffice writes ({@code -1.2345678901234567E-308} has 24). */
    static final int MAX_LENGTH = 40;
    static final int MAX_INTEGER_DIGITS = 16;
    static final int MAX_SCALE = 4;
    /** Far beyond any figure of the ledger, and small enough that a plain rendering stays short. */
    private static final int MAX_EXPONENT = 99;

    private static final Pattern NUMBER = Pattern.compile("(-?)(\\d+)(?:\\.(\\d+))?(?:[eE]([-+]?)(\\d+))?");

    /** Why a text is not an amount the ledger takes. */
    enum Refusal { TOO_LONG, NOT_A_NUMBER, TOO_BIG, DECIMALS }

    /** An amount, or the refusal and what to quote of the text. */
    record Amount(BigDecimal value, Refusal refusal, String shown) {

        boolean ok() {
            return refusal == null;
        }
    }

    private NumberText() {
    }

    /**
     * An amount of the ledger: at most {@value #MAX_INTEGER_DIGITS} integer digits and {@value #MAX_SCALE}
     * decimals. A binary double such as 0.1 + 0.2 carries noise far below the fourth decimal; only real
     * digits count.
     */
    static Amount amount(String text) {
        Optional<Parts> parts = parts(text);
        if (parts.isEmpty()) {
            return refusal(text.length() > MAX_LENGTH ? Refusal.TOO_LONG : Refusal.NOT_A_NUMBER, text);
        }
        Parts p = parts.get();
        if (p.zero()) {
            return new Amount(BigDecimal.ZERO, null, null);
        }
        if (p.magnitude() > MAX_INTEGER_DIGITS) {
            return refusal(Refusal.TOO_BIG, text);
        }
        if (p.magnitude() < -MAX_EXPONENT) {
            return refusal(Refusal.DECIMALS, text); // far below the fourth decimal: no double noise, a typing error
        }
        BigDecimal value = new BigDecimal(p.text()).stripTrailingZeros();
        if (value.scale() > MAX_SCALE) {
            BigDecimal rounded = new BigDecimal(Double.toString(Double.parseDouble(p.text()))).stripTrailingZeros();
            if (rounded.scale() > MAX_SCALE || rounded.signum() == 0) {
                return refusal(Refusal.DECIMALS, rounded.signum() == 0 ? text : rounded.toPlainString());
            }
            value = rounded;
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return refusal(Refusal.TOO_BIG, text);
        }
        return new Amount(value, null, null);
    }

    /** The number a text holds, without the ledger's limits on digits; empty when out of bounds or not a number. */
    static Optional<BigDecimal> exact(String text) {
        Optional<Parts> parts = parts(text);
        if (parts.isEmpty() || Math.abs(parts.get().magnitude()) > MAX_EXPONENT && !parts.get().zero()) {
            return Optional.empty();
        }
        return Optional.of(parts.get().zero() ? BigDecimal.ZERO : new BigDecimal(parts.get().text()));
    }

    /**
     * @param magnitude the power of ten of the leading digit plus one: 3 for 123.4, 0 for 0.5, -1 for 0.05
     */
    private record Parts(String text, boolean zero, long magnitude) {
    }

    private static Optional<Parts> parts(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.strip();
        if (text.isEmpty() || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String digits = m.group(2) + (m.group(3) == null ? "" : m.group(3));
        int leading = 0;
        while (leading < digits.length() && digits.charAt(leading) == '0') {
            leading++;
        }
        if (leading == digits.length()) {
            return Optional.of(new Parts(text, true, 0));
        }
        // the exponent's digits are at most MAX_LENGTH long: read them as a number only when few enough for a long
        String exponentDigits = m.group(5) == null ? "0" : m.group(5).replaceFirst("^0+(?=.)", "");
        long exponent = exponentDigits.length() > 6 ? 1_000_000 : Long.parseLong(exponentDigits);
        if ("-".equals(m.group(4))) {
            exponent = -exponent;
        }
        long magnitude = m.group(2).length() - leading + exponent;
        return Optional.of(new Parts(text, false, magnitude));
    }

    private static Amount refusal(Refusal refusal, String shown) {
        return new Amount(null, refusal, shown);
    }
}
