package org.ecopark.ledger.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import org.ecopark.ledger.model.LedgerFault;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches an open ledger's file for faults: translates each failure met in a statement, a commit or the sync after it
 * into the program's {@link DatabaseException} ({@link DatabaseFaults} decides), and notes the first fault that stops
 * the database (H2 stops using a file at the first write that fails), after which every error is that fault's echo.
 * At the close of a stopped database it waits for H2 to let go of the file ({@link #awaitRelease}).
 */
final class FileWatch {

    private static final Logger LOGGER = LoggerFactory.getLogger(FileWatch.class);
    /** How long a close waits for H2 to let go of the file of a stopped database, and how often it looks. */
    private static final long RELEASE_WAIT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long RELEASE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final Path file;
    private final boolean keyGiven;
    private final List<Consumer<DatabaseException>> listeners = new CopyOnWriteArrayList<>();
    private volatile DatabaseException stoppedBy;

    /** @param file the ledger file, or null for an in-memory database, which has no file to fail */
    FileWatch(Path file, boolean keyGiven) {
        this.file = file;
        this.keyGiven = keyGiven;
    }

    /** The program's own exception for {@code error} when it is a fault of the file; else {@code error} itself. */
    RuntimeException translate(RuntimeException error) {
        if (!(error instanceof org.jooq.exception.DataAccessException || error instanceof org.h2.message.DbException
                || error instanceof org.h2.mvstore.MVStoreException)) {
            return error;
        }
        Optional<LedgerFault> fault = fault(error);
        if (fault.isEmpty()) {
            return error;
        }
        DatabaseException translated = new DatabaseException("The ledger " + file + " failed: " + fault.get(), error,
                fault.get(), file, false);
        if (fault.get().closesLedger()) {
            stopped(translated);
        }
        return translated;
    }

    /** The sync after a commit failed with {@code error}: whether the change reached the file depends on why. */
    NotDurableException notDurable(Exception error) {
        LedgerFault fault = fault(error).orElse(null);
        NotDurableException notDurable = new NotDurableException("The ledger " + file
                + " could not be forced onto the disk", error, fault, file, fault == null);
        if (fault != null && fault.closesLedger()) {
            stopped(notDurable);
        }
        return notDurable;
    }

    /** The fault of the file behind {@code error}; after the database stopped, every later error is that fault's echo. */
    Optional<LedgerFault> fault(Throwable error) {
        if (file == null) {
            return Optional.empty();
        }
        Optional<LedgerFault> fault = DatabaseFaults.classify(error, file, false, keyGiven);
        DatabaseException first = stoppedBy;
        if (first != null && fault.map(LedgerFault.IO_ERROR::equals).orElse(true)) {
            return first.fault();
        }
        return fault;
    }

    boolean stopped() {
        return stoppedBy != null;
    }

    Runnable onStopped(Consumer<DatabaseException> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void stopped(DatabaseException cause) {
        synchronized (listeners) {
            if (stoppedBy != null) {
                return;
            }
            stoppedBy = cause;
        }
        LOGGER.error("The ledger {} stopped: {}", file, cause.fault().orElse(null), cause);
        listeners.forEach(listener -> listener.accept(cause));
    }

    /**
     * Waits, a few seconds at most, until H2 has let go of the file of a database a failure stopped: H2 closes such a
     * database in a thread of its own, and the ledger opened again at once (重新打开) would find it still locked.
     */
    void awaitRelease() {
        if (file == null) {
            return;
        }
        long deadline = System.nanoTime() + RELEASE_WAIT_NANOS;
        while (System.nanoTime() < deadline) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
                 FileLock lock = channel.tryLock(0, Long.MAX_VALUE, true)) {
                if (lock != null) {
                    return;
                }
            } catch (OverlappingFileLockException e) {
                LockSupport.parkNanos(RELEASE_POLL_NANOS); // still held by H2 in this program
            } catch (IOException e) {
                return; // the file is gone with its share: there is no lock to wait for
            }
        }
        LOGGER.warn("The stopped ledger {} is still locked; opening it again may be refused for a while", file);
    }
}
