package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A dated progress report of a project: the investment completed so far (万元, cumulative) and the
 * percent complete; at least one of the two is given.
 *
 * @param id 0 for an entry not saved yet
 */
public record ProjectProgress(long id, LocalDate reportedOn, BigDecimal completedInvestment,
                              BigDecimal percentComplete, String note) {

    public ProjectProgress {
        completedInvestment = Decimals.plain(completedInvestment);
        percentComplete = Decimals.plain(percentComplete);
    }
}
