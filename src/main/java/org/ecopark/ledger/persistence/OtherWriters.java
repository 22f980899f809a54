package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.AUDIT_LOG;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.model.LedgerChange;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a ledger that other programs write too (a ledger on a server, where several clerks work at once) for their
 * commits, and announces each on the ledger's {@link LedgerChanges} as if this program had made it, so that every
 * screen reloads as after the clerk's own save. The program's own commits are announced by the database already.
 * <p>
 * Every write of records is audited in the same transaction ({@code audit_log}, whose ids only grow): the watch looks
 * for audit rows newer than the newest it saw, a cheap look-up of the key's index, and announces the tables they name
 * (with {@code audit_log} itself). Rows of its own program are announced once more then; a screen reloads twice, which
 * costs less than telling them apart. Too many rows at once (a large import) are announced as "any table".
 * <p>
 * The plans, targets and parks are written without an audit row (the catalog, a target edited, a park added). On
 * PostgreSQL each of these small tables has a stamp that any insert, update or delete moves: its row count and the sum
 * of its rows' transaction ids ({@code xmin}); a table whose stamp moved is announced too. H2 has no such column, and a
 * ledger file has no other writer.
 */
public final class OtherWriters implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(OtherWriters.class);
    /** How often a server ledger is looked at: another clerk's change shows within this and a screen's reload. */
    public static final Duration EVERY = Duration.ofSeconds(2);
    /** Audit rows read at one look at most; beyond them the change is announced as one of any table. */
    static final int MOST_ROWS = 500;

    /** The tables written without an audit row whose stamps are read (small: a catalog's plans, targets and parks). */
    static final List<String> UNAUDITED = List.of("plan", "target", "park", "cluster", "indicator");

    private final DSLContext dsl;
    private final LedgerChanges changes;
    private ScheduledExecutorService timer;
    /** The newest audit row seen; only the watch's thread (or a test calling {@link #look}) touches it. */
    private long seen;
    /** The stamps of the {@link #UNAUDITED} tables at the last look; empty on H2. Same thread as {@link #seen}. */
    private Map<String, String> stamps;

    OtherWriters(DSLContext dsl, LedgerChanges changes) {
        this.dsl = dsl;
        this.changes = changes;
        this.seen = newest();
        this.stamps = stamps();
    }

    /** Each unaudited table's row count and sum of transaction ids, which any write moves; nothing on H2. */
    private Map<String, String> stamps() {
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            return Map.of();
        }
        Map<String, String> now = new HashMap<>();
        for (String table : UNAUDITED) {
            Record2<Integer, BigDecimal> stamp = dsl.select(DSL.count(),
                            DSL.sum(DSL.field("xmin::text::bigint", Long.class)))
                    .from(DSL.table(DSL.name(table))).fetchOne();
            now.put(table, stamp.value1() + ":" + stamp.value2());
        }
        return now;
    }

    /**
     * Starts watching {@code database} for other writers' commits, looking every {@code every} on a background thread
     * of its own; {@link #close} stops it (before the database closes).
     */
    public static OtherWriters watch(Database database, Duration every) {
        OtherWriters watch = new OtherWriters(database.dsl(), database.changes());
        String where = database.server().map(Object::toString).orElse(database.url());
        watch.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "other-writers " + where);
            thread.setDaemon(true);
            return thread;
        });
        long millis = every.toMillis();
        watch.timer.scheduleWithFixedDelay(watch::lookQuietly, millis, millis, TimeUnit.MILLISECONDS);
        return watch;
    }

    private long newest() {
        Long max = dsl.select(DSL.max(AUDIT_LOG.ID)).from(AUDIT_LOG).fetchOne(0, Long.class);
        return max == null ? 0 : max;
    }

    /**
     * Looks once for commits since the last look and announces them.
     *
     * @return the change announced, or null when nothing was written meanwhile
     */
    LedgerChange look() {
        Set<String> tables = new HashSet<>();
        Map<String, String> now = stamps();
        now.forEach((table, stamp) -> {
            if (!stamp.equals(stamps.get(table))) {
                tables.add(table);
            }
        });
        stamps = now;
        List<Record2<Long, String>> rows = dsl.select(AUDIT_LOG.ID, AUDIT_LOG.TABLE_NAME).from(AUDIT_LOG)
                .where(AUDIT_LOG.ID.gt(seen)).orderBy(AUDIT_LOG.ID).limit(MOST_ROWS + 1).fetch();
        if (rows.size() > MOST_ROWS) {
            tables.add(LedgerChange.ANY_TABLE);
            seen = newest();
        } else if (!rows.isEmpty()) {
            rows.forEach(row -> tables.add(row.value2().toLowerCase(Locale.ROOT)));
            seen = rows.get(rows.size() - 1).value1();
        }
        if (tables.isEmpty()) {
            return null;
        }
        if (!rows.isEmpty()) {
            tables.add(AUDIT_LOG.getName().toLowerCase(Locale.ROOT));
        }
        changes.publish(tables);
        return new LedgerChange(tables);
    }

    /** A look on the timer: a failure (the server gone for a moment) is logged and the next look tries again. */
    private void lookQuietly() {
        try {
            look();
        } catch (RuntimeException e) {
            LOGGER.warn("Could not look for other clerks' changes; looking again in a moment: {}", e.toString());
            LOGGER.debug("The look that failed", e);
        }
    }

    /** Whether the watch's thread has ended ({@link #close}); a watch made without one never had it. */
    boolean stopped() {
        return timer == null || timer.isTerminated();
    }

    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdown(); // a look under way ends by itself: a statement is not interrupted halfway
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                LOGGER.warn("The watch for other clerks' changes did not stop in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
