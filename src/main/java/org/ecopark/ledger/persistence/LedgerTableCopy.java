package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.DERIVED_CHANGE;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.ecopark.ledger.model.CopiedTable;
import org.ecopark.ledger.model.CopyOutcome;
import org.ecopark.ledger.model.DerivedDifference;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Identity;
import org.jooq.OrderField;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Copies every row of one open ledger into another of the same schema version, table by table in foreign-key order
 * ({@link TableOrder}), keeping the ids, and verifies the target before it keeps anything.
 * <p>
 * The target's own rows (the reference rows its migrations wrote) are deleted first, so that it ends up holding the
 * source's rows and nothing else. The triggers note every copied record in the target's {@code derived_change}
 * journal, although the copied park sums already hold them; those notes are deleted at the end and the source's
 * journal copied in their place, so the target's journal is the source's, neither doubled nor stale. The identity of
 * every table is then set past the highest copied id, so a record saved afterwards gets a fresh one.
 * <p>
 * The copy runs on sessions of its own, without the program's write tracking (nothing is announced: no window shows
 * the target meanwhile). A target on a server is written in one transaction, committed only when every table holds as
 * many rows as the source's and the derived data agrees with a recomputation ({@link DerivedDataCheck}); otherwise it
 * is rolled back. A target file commits table by table: it is a new file made aside, which its caller deletes unless
 * the copy is verified.
 */
public final class LedgerTableCopy {

    /** Told, before each table is copied, which one it is, and when the copy is being verified. */
    @FunctionalInterface
    public interface Listener {
        void copying(String table, int index, int tables);

        /** Every row is copied; the rows are being counted and the derived data checked. */
        default void verifying() {
        }
    }

    /** Rows read and inserted at once: a few hundred rows keep a multi-row insert well within PostgreSQL's binds. */
    private static final int BATCH_ROWS = 500;

    private LedgerTableCopy() {
    }

    /** The tables a copy writes, in the order it writes them: every table of the schema. */
    public static List<String> tables() {
        return TableOrder.parentsFirst().stream().map(Table::getName).map(LedgerTableCopy::lower).toList();
    }

    /** The rows of every table of {@code database}, by table. */
    public static Map<String, Long> rowCounts(Database database) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table<?> table : TableOrder.parentsFirst()) {
            counts.put(lower(table.getName()), (long) database.dsl().fetchCount(table));
        }
        return counts;
    }

    /**
     * The tables of {@code database} that hold more rows than a ledger just created: a ledger that holds data, which a
     * copy must not overwrite. Empty for a new ledger, which holds only the rows its migrations wrote.
     */
    public static List<String> tablesWithData(Database database) {
        Map<String, Long> fresh;
        try (Database empty = Database.inMemory("ledger-copy-empty-" + UUID.randomUUID())) {
            fresh = rowCounts(empty);
        }
        List<String> holding = new ArrayList<>();
        rowCounts(database).forEach((table, rows) -> {
            if (rows > fresh.getOrDefault(table, 0L)) {
                holding.add(table);
            }
        });
        return holding;
    }

    /**
     * Copies {@code source} into {@code target} and verifies it.
     *
     * @return the rows of every table on both sides and the target's derived differences; when not
     *         {@linkplain CopyOutcome#verified() verified}, a server's target kept nothing of the copy
     */
    public static CopyOutcome copy(Database source, Database target, Listener listener) {
        return source.dsl().connectionResult(from -> target.dsl().connectionResult(to -> {
            int isolation = from.getTransactionIsolation();
            from.setAutoCommit(false);
            // one snapshot of a ledger that other clerks, or the window, may be writing to meanwhile
            from.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            to.setAutoCommit(false);
            try {
                return copy(DSL.using(from, dialect(source), source.dsl().settings()),
                        DSL.using(to, dialect(target), target.dsl().settings()), to, target.server().isEmpty(),
                        listener);
            } catch (SQLException | RuntimeException e) {
                to.rollback();
                throw e;
            } finally {
                from.rollback(); // it only read
                from.setTransactionIsolation(isolation);
                from.setAutoCommit(true);
                to.setAutoCommit(true);
            }
        }));
    }

    private static CopyOutcome copy(DSLContext read, DSLContext write, Connection to, boolean stepwise,
                                    Listener listener) throws SQLException {
        List<Table<?>> order = TableOrder.parentsFirst();
        for (int i = order.size() - 1; i >= 0; i--) {
            write.deleteFrom(order.get(i)).execute();
        }
        List<Table<?>> records = order.stream().filter(table -> !table.equals(DERIVED_CHANGE)).toList();
        int index = 0;
        for (Table<?> table : records) {
            listener.copying(lower(table.getName()), ++index, order.size());
            copyRows(read, write, table);
            if (stepwise) {
                to.commit();
            }
        }
        // the notes the triggers wrote for the copied records, which the copied sums already hold, give way to the source's
        listener.copying(lower(DERIVED_CHANGE.getName()), ++index, order.size());
        write.deleteFrom(DERIVED_CHANGE).execute();
        copyRows(read, write, DERIVED_CHANGE);
        for (Table<?> table : order) {
            restartIdentity(write, table);
        }
        listener.verifying();
        List<CopiedTable> tables = new ArrayList<>();
        for (Table<?> table : order) {
            tables.add(new CopiedTable(lower(table.getName()), read.fetchCount(table), write.fetchCount(table)));
        }
        List<DerivedDifference> differences = new DerivedDataCheck(write).differences();
        CopyOutcome outcome = new CopyOutcome(tables, differences);
        if (outcome.verified()) {
            to.commit();
        } else {
            to.rollback();
        }
        return outcome;
    }

    private static <R extends Record> void copyRows(DSLContext read, DSLContext write, Table<R> table) {
        Field<?>[] fields = table.fields();
        int batchRows = batchRows(table);
        try (Cursor<R> rows = read.selectFrom(table).orderBy(order(table)).fetchSize(batchRows).fetchLazy()) {
            while (rows.hasNext()) {
                Result<R> batch = rows.fetchNext(batchRows);
                write.insertInto(table).columns(fields).valuesOfRecords(batch).execute();
            }
        }
    }

    /**
     * The rows read and written at a time: one for a table with a column of bytes (a bureau's received zips, of
     * 20 MB for a year of a large park, a milestone's evidence files, packed values), so that the copy holds one such
     * value at a time, not hundreds.
     */
    static int batchRows(Table<?> table) {
        return Arrays.stream(table.fields()).anyMatch(field -> field.getType() == byte[].class) ? 1 : BATCH_ROWS;
    }

    /** By primary key, so that a row that refers to an earlier one of its table (a re-submission) follows it. */
    private static List<OrderField<?>> order(Table<?> table) {
        List<OrderField<?>> fields = new ArrayList<>();
        if (table.getPrimaryKey() != null) {
            fields.addAll(table.getPrimaryKey().getFields());
        } else {
            fields.addAll(List.of(table.fields()));
        }
        return fields;
    }

    /** Sets the table's identity past its highest id, as inserting the ids by hand did not advance it. */
    private static void restartIdentity(DSLContext write, Table<?> table) {
        Identity<?, ?> identity = table.getIdentity();
        if (identity == null) {
            return;
        }
        Field<?> id = identity.getField();
        Object highest = write.select(DSL.max(id)).from(table).fetchOne(0);
        if (highest == null) {
            return; // no row: nothing to collide with
        }
        long next = ((Number) highest).longValue() + 1;
        write.execute("ALTER TABLE {0} ALTER COLUMN {1} RESTART WITH {2}", table, DSL.name(id.getName()),
                DSL.inline(next));
    }

    private static SQLDialect dialect(Database database) {
        return database.server().isPresent() ? SQLDialect.POSTGRES : SQLDialect.H2;
    }

    private static String lower(String name) {
        return name.toLowerCase(java.util.Locale.ROOT);
    }
}
