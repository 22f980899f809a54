package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A value entered by hand for a target no record can derive, for one period, in the target's unit. It
 * states the indicator as the target reads it: for STOCK and CUMULATIVE targets the level reached at the
 * period's end; for FLOW, RATIO and RECURRING targets the figure of the year so far (a period that starts
 * on January 1: the whole year, or January to June).
 *
 * @param id        0 before it is stored
 * @param enteredAt null before it is stored
 */
public record ManualValue(long id, long targetId, String scopeCode, LocalDate periodStart, LocalDate periodEnd,
                          BigDecimal value, String note, String enteredBy, Instant enteredAt) {

    public ManualValue {
        value = Decimals.plain(value);
    }
}
