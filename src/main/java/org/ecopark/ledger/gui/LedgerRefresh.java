package org.ecopark.ledger.gui;

import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.scene.Node;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.LedgerChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the ledger's change announcements into reloads of the screens, so that whatever the user sees is what
 * the records give now, whoever wrote them: a form, an import, the demo, an undo, the command line or another
 * thread. The announcements come on the committing thread; they are gathered and handed on once on the FX
 * thread, so that a burst of commits (an import writes many) reloads a screen once rather than once a commit.
 *
 * <p>A screen watches through its root node and lives as long as that node: a screen that is shown reloads at
 * once; one that is built but not shown (another section is open) only notes the change and reloads when it is
 * shown again. The node is held weakly, so a screen the window has dropped (another park, another language)
 * stops reloading once it is collected, and never reloads meanwhile, as it is never shown again.
 */
public final class LedgerRefresh {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerRefresh.class);

    private final Executor fxThread;
    private final Object lock = new Object();
    /** Tables written since the last hand-over; guarded by {@link #lock}. */
    private final Set<String> pending = new HashSet<>();
    /** Screens watching; the window closes (and forgets them) from any thread. */
    private final List<WeakReference<Watch>> watches = new CopyOnWriteArrayList<>();
    /** Stops following the ledger followed now; guarded by {@link #lock}. */
    private Runnable unsubscribe = () -> { };

    public LedgerRefresh() {
        this(Platform::runLater);
    }

    /** @param fxThread runs the hand-over on the FX thread */
    LedgerRefresh(Executor fxThread) {
        this.fxThread = fxThread;
    }

    /**
     * Follows the commits of {@code services} from now on; null follows none. The screens watching so far showed
     * the ledger before and are dropped: the window builds its screens again for the new one.
     */
    public void follow(Services services) {
        synchronized (lock) {
            unsubscribe.run();
            pending.clear();
            unsubscribe = services == null ? () -> { } : services.onChange(this::announced);
        }
        watches.clear();
    }

    /**
     * Calls {@code reload} on the FX thread after every commit that {@code reads} says the screen shows, with
     * the tables written (those of all commits missed while the screen was not shown, when it is shown again).
     *
     * @param screen the screen's root node, which decides whether it is shown and how long the watch lives
     */
    public void watch(Node screen, Predicate<LedgerChange> reads, Consumer<LedgerChange> reload) {
        Watch watch = new Watch(screen, reads, reload);
        screen.sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                watch.shown();
            }
        });
        watches.add(new WeakReference<>(watch));
    }

    /** The same for a screen that reloads the same way whatever was written. */
    public void watch(Node screen, Predicate<LedgerChange> reads, Runnable reload) {
        watch(screen, reads, change -> reload.run());
    }

    /** Called by the ledger on the committing thread. */
    private void announced(LedgerChange change) {
        boolean first;
        synchronized (lock) {
            first = pending.isEmpty();
            pending.addAll(change.tables());
        }
        if (first) {
            fxThread.execute(this::handOver);
        }
    }

    private void handOver() {
        LedgerChange change;
        synchronized (lock) {
            if (pending.isEmpty()) {
                return;
            }
            change = new LedgerChange(pending);
            pending.clear();
        }
        watches.removeIf(reference -> reference.get() == null);
        for (WeakReference<Watch> reference : watches) { // a snapshot: a reload may build screens that watch too
            Watch watch = reference.get();
            if (watch != null) {
                watch.changed(change);
            }
        }
    }

    /** One screen's watch: held by the screen's node (through its scene listener), so it lives as long as that. */
    private static final class Watch {
        private final Node screen;
        private final Predicate<LedgerChange> reads;
        private final Consumer<LedgerChange> reload;
        /** The tables written while the screen was not shown; null when it has missed nothing. */
        private Set<String> missed;

        Watch(Node screen, Predicate<LedgerChange> reads, Consumer<LedgerChange> reload) {
            this.screen = screen;
            this.reads = reads;
            this.reload = reload;
        }

        void changed(LedgerChange change) {
            if (!reads.test(change)) {
                return;
            }
            if (screen.getScene() == null) {
                if (missed == null) {
                    missed = new HashSet<>();
                }
                missed.addAll(change.tables());
            } else {
                run(change);
            }
        }

        void shown() {
            if (missed != null) {
                LedgerChange change = new LedgerChange(missed);
                missed = null;
                run(change);
            }
        }

        private void run(LedgerChange change) {
            try {
                reload.accept(change);
            } catch (RuntimeException e) {
                // one screen's failure must not keep the others stale
                LOGGER.error("A screen failed to reload after the change of {}", change.tables(), e);
            }
        }
    }
}
