package org.ecopark.ledger.gui.records;

import java.math.BigDecimal;

/**
 * Numbers as users type them into record forms: blank is no value, thousands separators (also the
 * full-width comma of a Chinese keyboard) and blanks are dropped.
 */
final class TypedNumbers {

    private TypedNumbers() {
    }

    /** @throws NumberFormatException when the text is not a number */
    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return new BigDecimal(text.replaceAll("[\\s,，]", ""));
    }

    /** @throws NumberFormatException when the text is not a whole number */
    static Integer whole(String text) {
        BigDecimal value = decimal(text);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new NumberFormatException(text);
        }
    }

    /** The number, or null when the text is blank or not a number (the form reports it separately). */
    static BigDecimal decimalOrNull(String text) {
        try {
            return decimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
