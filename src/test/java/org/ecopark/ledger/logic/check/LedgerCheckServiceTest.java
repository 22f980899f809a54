package org.ecopark.ledger.logic.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger check on a ledger whose generated park was left half loaded. */
class LedgerCheckServiceTest {

    /** Enough enterprises that a chunk of their monthly figures (5,000 rows) is committed before the last one. */
    private static final int ENTERPRISES = 45;
    private static final long SEED = 7;

    private Services services;

    /** The program killed while generating: an Error from the progress skips the generator's clean-up. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        services = new Services(Database.inMemory("ledger-check-" + System.nanoTime()));
    }

    @AfterEach
    void close() {
        services.close();
    }

    /**
     * A park still loading has no sums yet by design (they are computed when its load finishes): the check says it is
     * unfinished, which only running the generator again mends, rather than that its sums differ and need a repair.
     */
    @Test
    void aParkLeftLoadingIsReportedUnfinishedAndNotAsSumsToRepair() {
        assertThatThrownBy(() -> services.generator().generate(ENTERPRISES, 1, SEED, (done, total) -> {
            if (done == ENTERPRISES) {
                throw new Killed();
            }
        })).isInstanceOf(Killed.class);

        LedgerCheck check = services.check().check();

        assertThat(check.unfinishedParks()).containsExactly("SYN" + SEED);
        assertThat(check.derived()).isEmpty();
        assertThat(check.repairable()).isFalse();
    }
}
