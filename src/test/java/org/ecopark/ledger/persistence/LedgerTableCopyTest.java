package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecopark.ledger.persistence.jooq.Tables;
import org.junit.jupiter.api.Test;

/** How many rows a ledger's copy holds at a time (LedgerCopyServiceTest copies whole ledgers). */
class LedgerTableCopyTest {

    @Test
    void aTableWithAColumnOfBytesIsCopiedARowAtATimeAndOthersInBatches() {
        assertThat(LedgerTableCopy.batchRows(Tables.RECEIVED_PACKAGE)).as("a bureau's received zips").isEqualTo(1);
        assertThat(LedgerTableCopy.batchRows(Tables.MILESTONE_EVIDENCE)).as("evidence files").isEqualTo(1);
        assertThat(LedgerTableCopy.batchRows(Tables.PERIOD_STAT)).isGreaterThan(100);
        assertThat(LedgerTableCopy.batchRows(Tables.ENTERPRISE)).isGreaterThan(100);
    }
}
