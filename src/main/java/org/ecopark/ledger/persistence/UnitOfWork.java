package org.ecopark.ledger.persistence;

import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Runs a use case's writes in one transaction: either all of them land or none does. Services get this
 * instead of a jOOQ context, so that the logic layer never sees jOOQ.
 */
public final class UnitOfWork {

    private final DSLContext dsl;

    public UnitOfWork(Database database) {
        this.dsl = database.dsl();
    }

    /** Runs {@code work} in a transaction; an exception thrown by it rolls everything back. */
    public <T> T inTransaction(Function<Repositories, T> work) {
        return dsl.transactionResult(configuration -> {
            Repositories repositories = new Repositories(DSL.using(configuration), true);
            T result = work.apply(repositories);
            repositories.summaries().flush(); // the sums of what the work wrote, in the same commit
            return result;
        });
    }

    /** Repositories outside any transaction, for reads. */
    public Repositories read() {
        return new Repositories(dsl);
    }
}
