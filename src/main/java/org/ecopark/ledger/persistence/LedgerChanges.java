package org.ecopark.ledger.persistence;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.ecopark.ledger.model.LedgerChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's change announcements: every commit that wrote rows is announced once, after it is durable,
 * with the tables it wrote. The database itself reports the writes ({@link WriteTracker}), so a writer cannot
 * forget to announce one. Listeners run on the committing thread and must hand long work elsewhere.
 */
public final class LedgerChanges {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerChanges.class);

    private final List<Consumer<LedgerChange>> listeners = new CopyOnWriteArrayList<>();

    /** Registers {@code listener}; the returned action removes it again. */
    public Runnable subscribe(Consumer<LedgerChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells every listener that {@code tables} were written; nothing for an empty set. */
    void publish(Set<String> tables) {
        if (tables.isEmpty()) {
            return;
        }
        LedgerChange change = new LedgerChange(tables);
        for (Consumer<LedgerChange> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // one screen's failure must not keep the others stale, nor undo a commit that already happened
                LOGGER.error("A listener failed on the change of {}", tables, e);
            }
        }
    }
}
