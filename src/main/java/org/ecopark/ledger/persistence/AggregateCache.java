package org.ecopark.ledger.persistence;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the results of the indicators' aggregate queries until a table they read changes, so that a
 * dashboard opened again, or moved to another as-of date, does not scan a large park's records again.
 * The results are as-of independent (grouped by day over all history); a sampling is applied to them in
 * Java afterwards.
 *
 * <p>A result is kept with the {@linkplain TableStamps stamps} of its tables read <em>before</em> it was
 * computed, so a change committed meanwhile only makes the next call compute again, never serves stale
 * figures. A database that gives no stamps caches nothing.
 */
public final class AggregateCache {

    /** A cache that never keeps anything: every query runs. */
    public static final AggregateCache NONE = new AggregateCache(0);

    private static final Logger LOGGER = LoggerFactory.getLogger(AggregateCache.class);

    private record Entry(Map<String, TableStamps.Stamp> stamps, Object value) {
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
            return new Stamps(TableStamps.none());
        }
        try {
            return new Stamps(TableStamps.read(dsl));
        } catch (org.jooq.exception.DataAccessException e) {
            LOGGER.warn("The database does not tell when tables changed; indicator results are not cached", e);
            return new Stamps(TableStamps.none());
        }
    }

    /** The stamps of one moment; results computed under them are remembered with them. */
    final class Stamps {

        private final TableStamps stamps;

        private Stamps(TableStamps stamps) {
            this.stamps = stamps;
        }

        /** The remembered result for {@code key} if none of {@code tables} changed since, else a fresh one. */
        @SuppressWarnings("unchecked")
        <T> T get(String key, Collection<? extends Table<?>> tables, Supplier<T> compute) {
            if (stamps.isEmpty()) {
                return compute.get();
            }
            Map<String, TableStamps.Stamp> current = new HashMap<>();
            for (Table<?> table : tables) {
                current.put(table.getName(), stamps.of(table.getName()));
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
