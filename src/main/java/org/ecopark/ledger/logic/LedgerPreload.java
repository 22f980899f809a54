package org.ecopark.ledger.logic;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's ledger, opened while the window starts: on a thread of its own, begun from the program's main thread
 * before JavaFX starts, it listens for calls ({@link WindowCalls}), opens the ledger for the window and evaluates the
 * targets of its selected park at today, all while the toolkit starts and the window is built. The window then takes
 * the open ledger ({@link #take}) and the dashboard the evaluation ({@link #evaluationFor}) instead of doing that work
 * after the window is up. A failure to open is kept and handed to the window as its own open's would be.
 * <p>
 * An encrypted ledger is not opened here: it opens with the password the window asks for, as it always did.
 */
public final class LedgerPreload {

    /** The one begun by the program's main thread for its window ({@link #beginForWindow}), until the window takes it. */
    private static final AtomicReference<LedgerPreload> FOR_WINDOW = new AtomicReference<>();

    /** The evaluation made while the window started, with what it was made for. */
    public record FirstEvaluation(Services services, String parkCode, LocalDate asOf, List<Evaluation> evaluations,
                                  List<Plan> plans) {
    }

    private final Path file;
    private final LocalDate asOf;
    private final AtomicReference<Runnable> bringForward = new AtomicReference<>(() -> { });
    private final CompletableFuture<WindowCalls> calls = new CompletableFuture<>();
    /** The open ledger, or null for an encrypted one (not opened here); completed exceptionally when it did not open. */
    private final CompletableFuture<Services> opened = new CompletableFuture<>();
    /** The first evaluation, or null when there is none to make (no park chosen yet, or the ledger did not open). */
    private final CompletableFuture<FirstEvaluation> evaluated = new CompletableFuture<>();
    private final AtomicBoolean ledgerTaken = new AtomicBoolean();
    private final AtomicBoolean evaluationTaken = new AtomicBoolean();
    private volatile boolean evaluationUsed;

    private LedgerPreload(Path ledger, LocalDate asOf) {
        this.file = Services.fileOf(ledger);
        this.asOf = asOf;
    }

    /**
     * Begins opening {@code ledger} for a window, with its first evaluation at {@code asOf}, on a thread of its own.
     * Nothing is opened for an encrypted ledger.
     */
    public static LedgerPreload begin(Path ledger, LocalDate asOf) {
        LedgerPreload preload = new LedgerPreload(ledger, asOf);
        Thread thread = new Thread(() -> preload.run(ledger), "ledger-preload");
        thread.setDaemon(true);
        thread.start();
        return preload;
    }

    /** Begins opening {@code ledger} for the window this program is about to show ({@link #takeForWindow}). */
    public static void beginForWindow(Path ledger) {
        LedgerPreload previous = FOR_WINDOW.getAndSet(begin(ledger, LocalDate.now()));
        if (previous != null) {
            previous.discard();
        }
    }

    /** The preload begun for this program's window on {@code ledger}, once; empty when none was, or for another. */
    public static Optional<LedgerPreload> takeForWindow(Path ledger) {
        LedgerPreload preload = FOR_WINDOW.getAndSet(null);
        if (preload == null) {
            return Optional.empty();
        }
        if (!preload.file.equals(Services.fileOf(ledger))) {
            preload.discard();
            preload.calls.thenAccept(listening -> {
                if (listening != null) {
                    listening.close();
                }
            });
            return Optional.empty();
        }
        return Optional.of(preload);
    }

    private void run(Path ledger) {
        WindowCalls listening = null;
        try {
            listening = WindowCalls.listen(() -> bringForward.get().run());
        } catch (IOException e) {
            log().info("This window cannot be called forward by a second start: {}", e.toString());
        }
        calls.complete(listening);
        Services services;
        try {
            if (Services.encrypted(ledger)) {
                opened.complete(null);
                evaluated.complete(null);
                return;
            }
            services = Services.open(ledger, null, listening == null ? LedgerHolder.program()
                    : LedgerHolder.window(listening));
            opened.complete(services);
        } catch (RuntimeException | Error e) {
            opened.completeExceptionally(e);
            evaluated.complete(null);
            return;
        }
        try {
            Optional<Park> park = services.parks().selectedPark();
            evaluated.complete(park.map(p -> new FirstEvaluation(services, p.code(), asOf,
                    services.evaluation().evaluatePark(p.code(), asOf), services.targets().plans())).orElse(null));
        } catch (RuntimeException e) {
            // the dashboard evaluates again by itself, and shows its own failure
            log().warn("The first evaluation of {} failed while the window started", file, e);
            evaluated.complete(null);
        }
    }

    /** Asked for when needed: the class is loaded on the program's main thread while its logging starts (Launcher). */
    private static Logger log() {
        return LoggerFactory.getLogger(LedgerPreload.class);
    }

    /** Where calls from a second start go, or null when no local port could be had; waits until it listens. */
    public WindowCalls calls() {
        return calls.join();
    }

    /** What a call from a second start of the program does (brings the window forward); on a background thread. */
    public void onCall(Runnable action) {
        bringForward.set(action);
    }

    /**
     * The ledger opened here, once, when {@code ledger} is the one opened and no password is given; waits for the open.
     * Empty when it is another ledger, a password is given or the ledger is encrypted (then the caller opens it).
     *
     * @throws RuntimeException the open's own failure, as {@link Services#open} throws it
     */
    public Optional<Services> take(Path ledger, LedgerPassword password) {
        if (password != null || !file.equals(Services.fileOf(ledger)) || !ledgerTaken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(opened.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /**
     * Whether the work begun here is over: the ledger opened (or failed to, or was left to its password) and its first
     * evaluation made (or found not to be made). Nothing waits.
     */
    public boolean settled() {
        return opened.isDone() && evaluated.isDone();
    }

    /**
     * Whether {@link #take} of {@code ledger} without a password would return at once, without opening anything
     * itself: the ledger opened here already, or failed to, and no one has taken it yet. False for an encrypted ledger
     * (not opened here: its open waits for the password and is slow on purpose).
     */
    public boolean openedAlready(Path ledger) {
        if (ledgerTaken.get() || !opened.isDone() || !file.equals(Services.fileOf(ledger))) {
            return false;
        }
        return opened.isCompletedExceptionally() || opened.getNow(null) != null;
    }

    /**
     * The evaluation {@link #evaluationFor} gives, but only once it is made: never waits. Empty while it is being made
     * (nothing is taken then: {@link #evaluationFor} still gives it later).
     */
    public Optional<FirstEvaluation> evaluationIfMade(Services services, String parkCode, LocalDate asOf) {
        return evaluated.isDone() ? evaluationFor(services, parkCode, asOf) : Optional.empty();
    }

    /**
     * The evaluation of the park {@code parkCode} at {@code asOf} made here over {@code services}, once; waits until
     * it is made. Empty when it was made for something else, was not made, or failed: then the caller evaluates.
     */
    public Optional<FirstEvaluation> evaluationFor(Services services, String parkCode, LocalDate asOf) {
        if (!ledgerTaken.get() || evaluationTaken.get()) {
            return Optional.empty();
        }
        FirstEvaluation first;
        try {
            first = evaluated.join();
        } catch (CompletionException e) {
            return Optional.empty();
        }
        if (first == null || first.services() != services || !first.parkCode().equals(parkCode)
                || !first.asOf().equals(asOf) || !evaluationTaken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        evaluationUsed = true;
        return Optional.of(first);
    }

    /** Whether the first evaluation made here was handed out ({@link #evaluationFor}). */
    public boolean evaluationUsed() {
        return evaluationUsed;
    }

    /**
     * Closes the ledger opened here if no window took it (the window closed first, or opened another ledger), once the
     * first evaluation, which uses it, is over; the stage returned completes when that is done.
     */
    public CompletableFuture<Void> discard() {
        evaluationTaken.set(true);
        if (!ledgerTaken.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        return evaluated.handle((first, error) -> null).thenRun(() -> {
            Services services = opened.isCompletedExceptionally() ? null : opened.join();
            if (services != null) {
                services.close();
            }
        });
    }
}
