package org.ecopark.ledger.model;

import java.math.BigDecimal;

/**
 * One target as a received package reports it: the target's value, the actual figure and the status the park's ledger
 * gave, and the plan the target belongs to.
 *
 * @param planCode the plan the package names for the target; null for a package received before the ledger kept it
 */
public record ReceivedTarget(String targetCode, String indicatorCode, String unit, BigDecimal targetValue,
                             BigDecimal actual, String status, String planCode) {

    /** A target whose plan is not known. */
    public ReceivedTarget(String targetCode, String indicatorCode, String unit, BigDecimal targetValue,
                          BigDecimal actual, String status) {
        this(targetCode, indicatorCode, unit, targetValue, actual, status, null);
    }
}
