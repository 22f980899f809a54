package org.ecopark.ledger.model;

import java.util.Locale;

/**
 * A featured industrial park: the unit a ledger installation serves.
 *
 * @param nameEn      the English name; null when the catalog gives none
 * @param shortNameEn the English short name; null when the catalog gives none
 */
public record Park(long id, String code, String name, String shortName, String city, String district,
                   String clusterCode, String segment, boolean shipped, String nameEn, String shortNameEn) {

    public Park {
        nameEn = Bilingual.orNull(nameEn);
        shortNameEn = Bilingual.orNull(shortNameEn);
    }

    /** A park without English names (created by a user). */
    public Park(long id, String code, String name, String shortName, String city, String district,
                String clusterCode, String segment, boolean shipped) {
        this(id, code, name, shortName, city, district, clusterCode, segment, shipped, null, null);
    }

    /** The name in {@code locale}, the Chinese one when there is no English one. */
    public String nameIn(Locale locale) {
        return Bilingual.pick(locale, name, nameEn);
    }

    public String shortNameIn(Locale locale) {
        return Bilingual.pick(locale, shortName, shortNameEn);
    }
}
