package org.ecopark.ledger.logic;

import org.ecopark.ledger.l10n.I18n;

/**
 * The part of a text that came from outside (a cell, a file name inside a package, a catalog field) that a
 * message may quote. A message quotes what was wrong so that the user can find it; a cell of a million
 * characters must not make a message of a million characters, so only the start is quoted, with the
 * length said.
 */
public final class Excerpt {

    /** Enough to recognise a value; a credit code has 18 characters, a patent number 14. */
    public static final int MAX = 40;

    private Excerpt() {
    }

    /** The text itself when short, else its first {@link #MAX} characters and the full length. */
    public static String of(String text) {
        return of(text, MAX);
    }

    /** The text itself when at most {@code max} characters long, else its first {@code max} and the full length. */
    public static String of(String text, int max) {
        if (text == null) {
            return "";
        }
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return I18n.tr("app.excerpt", text.substring(0, end), text.length());
    }
}
