package org.ecopark.ledger.persistence.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A progress entry of the project named {@code projectName} in the same load. */
public record ProgressRow(String projectName, LocalDate reportedOn, BigDecimal completedInvestment,
                          BigDecimal percentComplete, String note) {
}
