package org.ecopark.ledger.logic.validation;

import java.util.Locale;

/**
 * Cleans a code as people paste it: from a PDF, a Word table or a Chinese input method that was
 * left in full-width mode. Full-width ASCII (ＧＢ／Ｔ, ９１３７…) is the same code to a reader, so it is
 * folded to half-width here rather than refused.
 */
final class CodeInput {

    private static final char FULL_WIDTH_FIRST = '\uFF01';
    private static final char FULL_WIDTH_LAST = '\uFF5E';
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;

    private CodeInput() {
    }

    /** Half-width, trimmed, upper case; null becomes the empty string. */
    static String clean(String raw) {
        if (raw == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            out.append(halfWidth(raw.charAt(i)));
        }
        return out.toString().strip().toUpperCase(Locale.ROOT);
    }

    static String withoutWhitespace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Collapses every run of whitespace to one space. */
    static String singleSpaced(String s) {
        return s.replaceAll("\\s+", " ");
    }

    private static char halfWidth(char c) {
        if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
            return (char) (c - FULL_WIDTH_OFFSET);
        }
        if (c == '\u3000' || c == '\u00A0') {
            return ' ';
        }
        return c;
    }
}
