package org.ecopark.ledger.model;

import java.math.BigDecimal;

/** One target as a received package reports it: the target's value, the actual figure and the status the park's ledger gave. */
public record ReceivedTarget(String targetCode, String indicatorCode, String unit, BigDecimal targetValue,
                             BigDecimal actual, String status) {
}
