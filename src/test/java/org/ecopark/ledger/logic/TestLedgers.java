package org.ecopark.ledger.logic;

import org.ecopark.ledger.model.Park;

/** Test helpers that reach into a ledger's storage from other packages' tests. */
public final class TestLedgers {

    private TestLedgers() {
    }

    /** The transaction runner the services share, for a test that needs the ledger's own reference readings. */
    public static org.ecopark.ledger.persistence.UnitOfWork unitOfWork(Services services) {
        return services.unitOfWork();
    }

    public static void addPark(Services services, Park park) {
        services.unitOfWork().inTransaction(repositories -> repositories.parks().save(park));
    }
}
