package org.ecopark.ledger.model;

import java.util.Locale;

/**
 * An industry cluster of a city (Jinan, Qingdao, Zibo in the 311 plan).
 *
 * @param nameEn the English name; null when the catalog gives none
 */
public record Cluster(long id, String code, String name, String city, boolean shipped, String nameEn) {

    public Cluster {
        nameEn = Bilingual.orNull(nameEn);
    }

    /** A cluster without English name (created by a user). */
    public Cluster(long id, String code, String name, String city, boolean shipped) {
        this(id, code, name, city, shipped, null);
    }

    /** The name in {@code locale}, the Chinese one when there is no English one. */
    public String nameIn(Locale locale) {
        return Bilingual.pick(locale, name, nameEn);
    }
}
