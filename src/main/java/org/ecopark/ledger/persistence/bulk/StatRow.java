package org.ecopark.ledger.persistence.bulk;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month's figure of a metric (by code) for the enterprise with {@code uscc}. */
public record StatRow(String uscc, String metricCode, YearMonth month, BigDecimal value) {
}
