package org.ecopark.ledger.model;

import java.time.LocalDate;
import java.util.Locale;

/**
 * An action plan with its targets; the 311 plan is the first one shipped, users may add the next.
 *
 * @param nameEn      the English name; null when the catalog gives none
 * @param shortNameEn the English short name; null when the catalog gives none
 */
public record Plan(long id, String code, String name, String shortName, String document, LocalDate issuedOn,
                   LocalDate start, LocalDate end, int catalogVersion, boolean shipped, String nameEn,
                   String shortNameEn) {

    public Plan {
        nameEn = Bilingual.orNull(nameEn);
        shortNameEn = Bilingual.orNull(shortNameEn);
    }

    /** A plan without English names (created by a user). */
    public Plan(long id, String code, String name, String shortName, String document, LocalDate issuedOn,
                LocalDate start, LocalDate end, int catalogVersion, boolean shipped) {
        this(id, code, name, shortName, document, issuedOn, start, end, catalogVersion, shipped, null, null);
    }

    /** The name in {@code locale}, the Chinese one when there is no English one. */
    public String nameIn(Locale locale) {
        return Bilingual.pick(locale, name, nameEn);
    }

    /** The short name in {@code locale}, falling back to the name when the plan has no short name. */
    public String shortNameIn(Locale locale) {
        String chinese = shortName != null ? shortName : name;
        String english = shortNameEn != null ? shortNameEn : nameEn;
        return Bilingual.pick(locale, chinese, english);
    }
}
