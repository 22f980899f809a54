package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount that an aggregate query attributes to a date: records starting (+) or ending (-) on that day,
 * or a sum of statistics whose periods end that day.
 *
 * @param rows how many records the amount comes from; a sum over no rows is "no data", not zero
 */
public record DatedAmount(LocalDate date, BigDecimal amount, long rows) {
}
