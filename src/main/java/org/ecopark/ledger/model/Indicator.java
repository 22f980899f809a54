package org.ecopark.ledger.model;

import java.util.Locale;

/**
 * A named computation over the records that targets are measured by.
 *
 * @param computation the computation's kind, e.g. {@code METRIC_YEAR_SUM}; the indicators engine dispatches on it
 * @param params      the computation's parameters as JSON text, e.g. {@code {"metric":"MAIN_REVENUE"}}
 * @param unit        the unit the computation yields, or "" when the unit is the target's own (values
 *                    entered by hand are entered in the target's unit)
 * @param nameEn      the English name; null when the catalog gives none
 */
public record Indicator(long id, String code, String name, String computation, String params, String unit,
                        String description, boolean shipped, String nameEn) {

    public Indicator {
        nameEn = Bilingual.orNull(nameEn);
    }

    /** An indicator without English name. */
    public Indicator(long id, String code, String name, String computation, String params, String unit,
                     String description, boolean shipped) {
        this(id, code, name, computation, params, unit, description, shipped, null);
    }

    public boolean unitFollowsTarget() {
        return unit == null || unit.isEmpty();
    }

    /** The name in {@code locale}, the Chinese one when there is no English one. */
    public String nameIn(Locale locale) {
        return Bilingual.pick(locale, name, nameEn);
    }
}
