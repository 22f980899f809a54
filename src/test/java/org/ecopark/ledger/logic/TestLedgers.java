package org.ecopark.ledger.logic;

import org.ecopark.ledger.model.Park;

/** Test helpers that reach into a ledger's storage from other packages' tests. */
public final class TestLedgers {

    private TestLedgers() {
    }

    public static void addPark(Services services, Park park) {
        services.unitOfWork().inTransaction(repositories -> repositories.parks().save(park));
    }
}
