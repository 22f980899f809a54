package org.ecopark.ledger.logic.collection;

import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;

/**
 * What an import accepts: workbooks of this park, and (when given) of this period only.
 *
 * @param expectedPeriod null to accept a workbook of any period
 */
public record ImportOptions(Park park, StatPeriod expectedPeriod) {
}
