package org.ecopark.ledger.model;

import java.math.BigDecimal;

/**
 * One value of the period statistics: an enterprise's metric for a month, quarter or year.
 *
 * @param source FORM, IMPORT, DEMO or GENERATED: where the value came from
 */
public record PeriodStat(long id, long enterpriseId, String metricCode, StatPeriod period, BigDecimal value,
                         String source) {
}
