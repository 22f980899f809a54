package org.ecopark.ledger.persistence;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.model.LedgerChange;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a ledger that other programs write too (a ledger on a server, where several clerks work at once) for their
 * commits, and announces each on the ledger's {@link LedgerChanges} as if this program had made it, so that every
 * screen reloads as after the clerk's own save. The program's own commits are announced by the database already.
 * <p>
 * Each look reads the tables' {@link TableStamps} (one small query) and announces the tables whose stamps moved since
 * the last look: every write counts, audited or not (a record, a plan, a park, a setting), and a transaction that
 * committed after a later one is not missed. The program's own commits are announced once more then; a screen reloads
 * twice, which costs less than telling them apart.
 */
public final class OtherWriters implements AutoCloseable {

    private static final Logger LOGGER = LoggerFactory.getLogger(OtherWriters.class);
    /** How often a server ledger is looked at: another clerk's change shows within this and a screen's reload. */
    public static final Duration EVERY = Duration.ofSeconds(2);

    private final DSLContext dsl;
    private final LedgerChanges changes;
    private ScheduledExecutorService timer;
    /** The stamps at the last look; only the watch's thread (or a test calling {@link #look}) touches them. */
    private TableStamps seen;

    OtherWriters(DSLContext dsl, LedgerChanges changes) {
        this.dsl = dsl;
        this.changes = changes;
        this.seen = TableStamps.read(dsl);
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

    /**
     * Looks once for commits since the last look and announces the tables they wrote.
     *
     * @return the change announced, or null when nothing was written meanwhile
     */
    LedgerChange look() {
        TableStamps now = TableStamps.read(dsl);
        Set<String> tables = new TreeSet<>();
        now.changedSince(seen).forEach(table -> tables.add(table.toLowerCase(Locale.ROOT)));
        seen = now;
        if (tables.isEmpty()) {
            return null;
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
