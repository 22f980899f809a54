package org.ecopark.ledger.logic.check;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.model.Unit;

/**
 * A target whose evaluation, as the program shows it (from the park sums and remembered results), differs from the
 * evaluation computed from the records alone.
 */
public record EvaluationDifference(String parkCode, String targetCode, Unit unit, LocalDate asOf, BigDecimal shown,
                                   TargetStatus shownStatus, BigDecimal fromRecords, TargetStatus recordsStatus) {
}
