package org.ecopark.ledger.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
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
 * every insert, update and delete, again at commit and at rollback, but not on reads. A result is kept
 * with the stamps of its tables read <em>before</em> it was computed, so a change committed meanwhile
 * only makes the next call compute again, never serves stale figures. Another database (PostgreSQL)
 * gives no such stamp: then nothing is cached.
 */
public final class AggregateCache {

    /** A cache that never keeps anything: every query runs. */
    public static final AggregateCache NONE = new AggregateCache(0);

    private static final Logger LOGGER = LoggerFactory.getLogger(AggregateCache.class);

    private record Entry(Map<String, Long> stamps, Object value) {
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
        if (capacity == 0 || dsl.dialect().family() != SQLDialect.H2) {
            return new Stamps(Map.of());
        }
        Field<String> name = DSL.field(DSL.name("TABLE_NAME"), String.class);
        Field<Long> stamp = DSL.field(DSL.name("LAST_MODIFICATION"), Long.class);
        try {
            Map<String, Long> stamps = new HashMap<>();
            dsl.select(name, stamp).from(DSL.table(DSL.name("INFORMATION_SCHEMA", "TABLES")))
                    .where(DSL.field(DSL.name("TABLE_SCHEMA"), String.class).eq("PUBLIC"))
                    .forEach(r -> stamps.put(r.value1(), r.value2()));
            return new Stamps(stamps);
        } catch (org.jooq.exception.DataAccessException e) {
            LOGGER.warn("The database does not tell when tables changed; indicator results are not cached", e);
            return new Stamps(Map.of());
        }
    }

    /** The stamps of one moment; results computed under them are remembered with them. */
    final class Stamps {

        private final Map<String, Long> stamps;

        private Stamps(Map<String, Long> stamps) {
            this.stamps = stamps;
        }

        /** The remembered result for {@code key} if none of {@code tables} changed since, else a fresh one. */
        @SuppressWarnings("unchecked")
        <T> T get(String key, Collection<? extends Table<?>> tables, Supplier<T> compute) {
            if (stamps.isEmpty()) {
                return compute.get();
            }
            Map<String, Long> current = new HashMap<>();
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
