package org.ecopark.ledger.model;

/**
 * A named computation over the records that targets are measured by.
 *
 * @param computation the computation's kind, e.g. {@code METRIC_YEAR_SUM}; the indicators engine dispatches on it
 * @param params      the computation's parameters as JSON text, e.g. {@code {"metric":"MAIN_REVENUE"}}
 * @param unit        the unit the computation yields, or "" when the unit is the target's own (values
 *                    entered by hand are entered in the target's unit)
 */
public record Indicator(long id, String code, String name, String computation, String params, String unit,
                        String description, boolean shipped) {

    public boolean unitFollowsTarget() {
        return unit == null || unit.isEmpty();
    }
}
