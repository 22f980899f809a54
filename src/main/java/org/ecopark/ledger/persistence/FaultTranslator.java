package org.ecopark.ledger.persistence;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Turns a statement's failure that is a fault of the ledger file (a full disk, a read-only file, a share gone) into
 * the program's {@link DatabaseException} as jOOQ throws it, so that every use case meets the same exception whatever
 * statement met the fault. The decision is {@link DatabaseFaults}'; other errors (a broken constraint) pass unchanged.
 */
final class FaultTranslator implements ExecuteListener {

    private final Database database;

    FaultTranslator(Database database) {
        this.database = database;
    }

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException error = ctx.exception();
        if (error != null) {
            RuntimeException translated = database.translate(error);
            if (translated != error) {
                ctx.exception(translated);
            }
        }
    }
}
