package org.ecopark.ledger.persistence;

import java.util.Set;
import java.util.function.Function;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Runs a use case's writes in one transaction: either all of them land or none does. Services get this
 * instead of a jOOQ context, so that the logic layer never sees jOOQ.
 */
public final class UnitOfWork {

    private final Database database;
    private final DSLContext dsl;

    public UnitOfWork(Database database) {
        this.database = database;
        this.dsl = database.dsl();
    }

    /**
     * Runs {@code work} in a transaction; an exception thrown by it rolls everything back. When this returns, what
     * the work wrote is committed and on disk, and the change has been announced ({@link #changes()}).
     *
     * @throws NotDurableException when the work was committed (and announced) but the disk refused to take it
     * @throws DatabaseException     naming the fault when the file failed (full, read-only, gone): nothing was written
     */
    public <T> T inTransaction(Function<Repositories, T> work) {
        WriteTracker writes = database.writes();
        if (writes.collecting()) {
            return run(work); // started inside another unit's work: announced with the outer one
        }
        writes.begin();
        T result;
        Set<String> written;
        try {
            result = run(work);
        } catch (RuntimeException e) {
            throw database.translate(e); // a commit that failed, which no statement listener sees
        } finally {
            written = writes.end();
        }
        database.committed(written);
        return result;
    }

    private <T> T run(Function<Repositories, T> work) {
        return dsl.transactionResult(configuration -> {
            Repositories repositories = new Repositories(DSL.using(configuration), new FigureNotes());
            T value = work.apply(repositories);
            repositories.summaries().flush(); // the derived data of what the work wrote, in the same commit
            return value;
        });
    }

    /** The announcements of what each commit wrote, for screens that show ledger data. */
    public LedgerChanges changes() {
        return database.changes();
    }

    /**
     * Repositories outside any transaction, for reads. Changes committed without a unit of work (a repository used
     * on its own) are taken into the derived data first, so that no reader sees sums older than the records.
     */
    public Repositories read() {
        if (!database.writes().collecting() && ChangeJournal.pending(dsl)) {
            inTransaction(repositories -> null);
        }
        return new Repositories(dsl);
    }
}
