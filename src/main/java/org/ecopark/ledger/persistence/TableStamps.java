package org.ecopark.ledger.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * When each table of the ledger last changed, read in one small query: what the indicators' cache ({@link
 * AggregateCache}) and the watch for other clerks' commits ({@link OtherWriters}) compare from one look to the next.
 * <p>
 * H2 keeps the stamp itself: {@code INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION} moves on every insert, update and
 * delete, again at commit and at rollback, but not on reads. On PostgreSQL the ledger's own {@code table_change}
 * (migration V1.14) stands for it: a row per table and writing transaction, read as the number of rows and the
 * largest stamp — a pair every committed change moves on, even one whose stamp is smaller than that of a change
 * committed before it (the count grows), and folded by the reader past {@value #SERVER_KEPT} rows into one new stamp
 * per table. A table no transaction wrote since the ledger was made has no stamp there until one does.
 */
public final class TableStamps {

    /** How many rows {@code table_change} keeps on PostgreSQL before a reader folds them into one per table. */
    static final int SERVER_KEPT = 1000;

    /** When a table last changed: H2's modification stamp (no count), or PostgreSQL's count and largest stamp. */
    record Stamp(long changes, long latest) {
    }

    private final Map<String, Stamp> stamps;

    private TableStamps(Map<String, Stamp> stamps) {
        this.stamps = stamps;
    }

    /** No stamps: a database that gives none (every look differs from nothing, and nothing can be cached). */
    static TableStamps none() {
        return new TableStamps(Map.of());
    }

    /**
     * The stamps now, by table name in capitals (as the generated tables name them).
     *
     * @throws org.jooq.exception.DataAccessException when the database refuses the look
     */
    static TableStamps read(DSLContext dsl) {
        return new TableStamps(switch (dsl.dialect().family()) {
            case H2 -> h2(dsl);
            case POSTGRES -> server(dsl);
            default -> Map.of();
        });
    }

    private static Map<String, Stamp> h2(DSLContext dsl) {
        Field<String> name = DSL.field(DSL.name("TABLE_NAME"), String.class);
        Field<Long> stamp = DSL.field(DSL.name("LAST_MODIFICATION"), Long.class);
        Map<String, Stamp> stamps = new HashMap<>();
        dsl.select(name, stamp).from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                .where(DSL.field(DSL.name("TABLE_SCHEMA"), String.class).eq("PUBLIC"))
                .forEach(r -> stamps.put(r.value1(), new Stamp(0, r.value2())));
        return stamps;
    }

    private static Map<String, Stamp> server(DSLContext dsl) {
        Map<String, Stamp> stamps = new HashMap<>();
        dsl.resultQuery("SELECT changed_table, changes, latest FROM ecopark_table_stamps(?)", SERVER_KEPT)
                .forEach(r -> stamps.put(r.get(0, String.class),
                        new Stamp(r.get(1, Long.class), r.get(2, Long.class))));
        return stamps;
    }

    boolean isEmpty() {
        return stamps.isEmpty();
    }

    /** The stamp of {@code table} (capitals), or null when it has none. */
    Stamp of(String table) {
        return stamps.get(table);
    }

    /** The tables whose stamps differ between {@code earlier} and these, in capitals and in order. */
    Set<String> changedSince(TableStamps earlier) {
        Set<String> changed = new TreeSet<>();
        stamps.forEach((table, stamp) -> {
            if (!stamp.equals(earlier.stamps.get(table))) {
                changed.add(table);
            }
        });
        earlier.stamps.keySet().stream().filter(table -> !stamps.containsKey(table)).forEach(changed::add);
        return changed;
    }
}
