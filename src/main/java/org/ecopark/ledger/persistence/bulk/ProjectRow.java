package org.ecopark.ledger.persistence.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project of the park to insert in bulk; its name is its key for the progress rows, so names are
 * unique within one load. {@code uscc} is null for a project of the park itself.
 */
public record ProjectRow(String name, String uscc, String category, BigDecimal plannedInvestment,
                         LocalDate startDate, LocalDate plannedCompletion, LocalDate actualCompletion,
                         String status, String note) {
}
