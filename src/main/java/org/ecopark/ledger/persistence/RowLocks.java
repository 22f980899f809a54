package org.ecopark.ledger.persistence;

import java.util.Locale;
import org.ecopark.ledger.persistence.jooq.Public;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * Locks a record's row for the rest of the transaction ({@code SELECT … FOR UPDATE}, on H2 and PostgreSQL alike): a
 * write that first compares the stored record with the one its user started from takes the lock before it reads, so
 * that a second writer of the same row waits until the first has committed and then compares with what it wrote.
 * Without it two transactions under READ COMMITTED would both find the record as loaded, and the later would
 * overwrite the earlier unseen.
 */
public final class RowLocks {

    private final DSLContext dsl;

    RowLocks(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Locks the row with this id of the table the audit log names ({@code patent}, {@code enterprise}…), waiting while
     * another transaction holds it.
     *
     * @return whether the row exists
     */
    public boolean lock(String table, long id) {
        Table<?> rows = table(table);
        Field<Long> key = key(rows);
        return dsl.select(key).from(rows).where(key.eq(id)).forUpdate().fetchOptional().isPresent();
    }

    private static Table<?> table(String name) {
        return Public.PUBLIC.getTables().stream().filter(table -> table.getName().equalsIgnoreCase(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No table " + name));
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> key(Table<?> table) {
        if (table.getPrimaryKey() == null || table.getPrimaryKey().getFields().size() != 1) {
            throw new IllegalArgumentException("No single-column key in " + table.getName().toLowerCase(Locale.ROOT));
        }
        return (Field<Long>) table.getPrimaryKey().getFields().get(0);
    }
}
