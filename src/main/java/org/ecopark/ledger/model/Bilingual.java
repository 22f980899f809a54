package org.ecopark.ledger.model;

import java.util.Locale;

/**
 * The one choice between a plan's Chinese wording and its English rendering: English when the screen is in
 * English and the entry has an English title, else the Chinese, which every entry has. Plans, clusters, parks,
 * indicators and targets give their titles through here, so no screen decides it for itself.
 */
public final class Bilingual {

    private Bilingual() {
    }

    /** {@code english} when {@code locale} is English and it is not blank, else {@code chinese}. */
    public static String pick(Locale locale, String chinese, String english) {
        boolean inEnglish = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return inEnglish && english != null && !english.isBlank() ? english : chinese;
    }

    /** Null for a blank English title, so that "none" is stored one way only. */
    public static String orNull(String english) {
        return english == null || english.isBlank() ? null : english.strip();
    }
}
