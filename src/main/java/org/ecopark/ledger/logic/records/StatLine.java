package org.ecopark.ledger.logic.records;

import java.math.BigDecimal;
import org.ecopark.ledger.model.Metric;

/**
 * One row of the statistics grid: a metric, its stored value for the period (null when not entered)
 * and the value of the same period last year (null when there is none).
 */
public record StatLine(Metric metric, BigDecimal value, BigDecimal lastYear) {
}
