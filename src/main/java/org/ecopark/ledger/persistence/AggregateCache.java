package org.ecopark.ledger.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the results of the indicators' aggregate queries until a table they read changes, so that a
 * dashboard opened again, or moved to another as-of date, does not scan a large park's records again.
 * The results are as-of independent (grouped by day over all history); a sampling is applied to them in
 * Java afterwards.
 *
 * <p>H2 tells when a table last changed: {@code INFORMATION_SCHEMA.TABLES.LAST_MODIFICATION} moves on
 * every insert, update and delete, again at commit and at rollback, but not on reads. On PostgreSQL the
 * ledger's own {@code table_change} (migration V1.14) stands for it: a row per table and writing transaction,
 * read as the number of rows and the largest stamp, a pair any committed change moves on. A result is kept
 * with the stamps of its tables read <em>before</em> it was computed, so a change committed meanwhile
 * only makes the next call compute again, never serves stale figures. A database that gives no stamps
 * caches nothing.
 */
public final class AggregateCache {

    /** A cache that never keeps anything: every query runs. */
    public static final AggregateCache NONE = new AggregateCache(0);

    private static final Logger LOGGER = LoggerFactory.getLogger(AggregateCache.class);

    /** How many rows {@code table_change} keeps on PostgreSQL before a reader folds them into one per table. */
    static final int SERVER_STAMPS_KEPT = 1000;

    /** When a table last changed: H2's modification stamp (no count), or PostgreSQL's count and largest stamp. */
    private record Stamp(long changes, long latest) {
    }

    private record Entry(Map<String, Stamp> stamps, Object value) {
    }

    private final int capacity;
    private final Map<String, Entry> entries;

    /** @param capacity how many results to keep at most (the least recently used go first) */
    public AggregateCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > AggregateCache.this.capacity;
            }
        };
    }

    /** The tables' change stamps now; one small query, read once per evaluation before any aggregate. */
    Stamps stamps(DSLContext dsl) {
        if (capacity == 0) {
            return new Stamps(Map.of());
        }
        try {
            return new Stamps(switch (dsl.dialect().family()) {
                case H2 -> h2Stamps(dsl);
                case POSTGRES -> serverStamps(dsl);
                default -> Map.of();
            });
        } catch (org.jooq.exception.DataAccessException e) {
            LOGGER.warn("The database does not tell when tables changed; indicator results are not cached", e);
            return new Stamps(Map.of());
        }
    }

    private static Map<String, Stamp> h2Stamps(DSLContext dsl) {
        Field<String> name = DSL.field(DSL.name("TABLE_NAME"), String.class);
        Field<Long> stamp = DSL.field(DSL.name("LAST_MODIFICATION"), Long.class);
        Map<String, Stamp> stamps = new HashMap<>();
        dsl.select(name, stamp).from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                .where(DSL.field(DSL.name("TABLE_SCHEMA"), String.class).eq("PUBLIC"))
                .forEach(r -> stamps.put(r.value1(), new Stamp(0, r.value2())));
        return stamps;
    }

    /**
     * PostgreSQL's stamps from {@code table_change} (V1.14), folded past {@value #SERVER_STAMPS_KEPT} rows. A table
     * no transaction has written since the ledger was made has no row: its stamp is absent, and stays so until a
     * change gives it one.
     */
    private static Map<String, Stamp> serverStamps(DSLContext dsl) {
        Map<String, Stamp> stamps = new HashMap<>();
        dsl.resultQuery("SELECT changed_table, changes, latest FROM ecopark_table_stamps(?)", SERVER_STAMPS_KEPT)
                .forEach(r -> stamps.put(r.get(0, String.class),
                        new Stamp(r.get(1, Long.class), r.get(2, Long.class))));
        return stamps;
    }

    /** The stamps of one moment; results computed under them are remembered with them. */
    final class Stamps {

        private final Map<String, Stamp> stamps;

        private Stamps(Map<String, Stamp> stamps) {
            this.stamps = stamps;
        }

        /** The remembered result for {@code key} if none of {@code tables} changed since, else a fresh one. */
        @SuppressWarnings("unchecked")
        <T> T get(String key, Collection<? extends Table<?>> tables, Supplier<T> compute) {
            if (stamps.isEmpty()) {
                return compute.get();
            }
            Map<String, Stamp> current = new HashMap<>();
            for (Table<?> table : tables) {
                current.put(table.getName(), stamps.get(table.getName()));
            }
            synchronized (entries) {
                Entry entry = entries.get(key);
                if (entry != null && entry.stamps().equals(current)) {
                    return (T) entry.value();
                }
            }
            T value = compute.get();
            synchronized (entries) {
                entries.put(key, new Entry(current, value));
            }
            return value;
        }
    }

    /** A key part naming the parks, in a stable order. */
    static String parks(Collection<Long> parks) {
        return List.copyOf(parks).stream().sorted().toList().toString();
    }
}
