package org.ecopark.ledger.logic.copy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.CopyOutcome;
import org.ecopark.ledger.model.DerivedDifference;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.LedgerArchive;
import org.ecopark.ledger.persistence.LedgerKey;
import org.ecopark.ledger.persistence.LedgerTableCopy;
import org.ecopark.ledger.persistence.ServerSchema;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Copies a whole ledger to another database: a file to a PostgreSQL server, a server's ledger to a file, or a file to
 * a new file ({@code db copy}, 文件 → 复制台账). The source must agree with its own records (its derived data passes
 * the check); the target must hold no ledger data yet: a new file, a new empty server database, or one whose schema
 * the program made but nothing was written to. The copy keeps every id and is verified before it is kept (the same
 * rows in every table, the target's derived data agreeing with its records).
 * <p>
 * A failure anywhere leaves no target behind: a file is written aside and put in place only once verified, a
 * server's data is written in one transaction, and a schema the copy itself made on the server is removed again.
 */
public final class LedgerCopyService {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerCopyService.class);
    /** What a target file is called while it is being written. */
    private static final String ASIDE = ".copying";

    /**
     * Copies {@code from} into {@code to}, telling {@code progress} table by table.
     *
     * @throws LedgerCopyException when refused (the same ledger, no source, a target holding data, a source whose
     *                             derived data is wrong) or undone (the verification failed)
     * @throws org.ecopark.ledger.persistence.DatabaseException when a ledger cannot be opened (a wrong password, an
     *                             unreachable server, a file in use); nothing was left in the target
     */
    public LedgerCopyResult copy(LedgerLocation from, LedgerLocation to, CopyProgress progress) {
        if (from.sameAs(to)) {
            throw new LedgerCopyException(I18n.tr("copy.same", from));
        }
        long started = System.nanoTime();
        progress.step(I18n.tr("copy.opening", from), 0, 0);
        try (Database source = openSource(from)) {
            return copyOpen(source, from.toString(), to, progress, started);
        }
    }

    /**
     * Copies the ledger {@code source}, which the caller holds open (the window's), as committed when the copy starts
     * reading, into {@code to}.
     *
     * @param name the source as the user knows it
     * @throws LedgerCopyException as {@link #copy(LedgerLocation, LedgerLocation, CopyProgress)}
     */
    public LedgerCopyResult copyOpen(Database source, String name, LedgerLocation to, CopyProgress progress) {
        boolean same = to instanceof LedgerLocation.File file ? file.file().equals(source.file())
                : source.server().map(server -> new LedgerLocation.Server(server, null).sameAs(to)).orElse(false);
        if (same) {
            throw new LedgerCopyException(I18n.tr("copy.same", name));
        }
        return copyOpen(source, name, to, progress, System.nanoTime());
    }

    private LedgerCopyResult copyOpen(Database source, String from, LedgerLocation to, CopyProgress progress,
                                      long started) {
        progress.step(I18n.tr("copy.checking", from), 0, 0);
        requireConsistent(source, from);
        CopyOutcome outcome = to instanceof LedgerLocation.File file ? toFile(source, file, progress)
                : toServer(source, (LedgerLocation.Server) to, progress);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOGGER.info("Copied the ledger {} to {}: {} rows in {} tables, {} ms", from, to, outcome.rows(),
                outcome.tables().size(), took.toMillis());
        return new LedgerCopyResult(from, to.toString(), outcome, took);
    }

    private static Database openSource(LedgerLocation from) {
        if (from instanceof LedgerLocation.File file) {
            if (Files.notExists(file.file())) {
                throw new LedgerCopyException(I18n.tr("copy.noSource", file));
            }
            return Database.open(file.file(), file.password() == null ? null : file.password().key());
        }
        LedgerLocation.Server server = (LedgerLocation.Server) from;
        Database source = Database.openServer(server.address(), server.password());
        if (source.schemaCreated()) {
            source.close(); // an empty database: the schema opening it made goes again
            ServerSchema.remove(server.address(), server.password());
            throw new LedgerCopyException(I18n.tr("copy.noSource", server));
        }
        return source;
    }

    /** Takes in the changes the source's sums have not yet, and refuses a source whose sums disagree with its records. */
    private static void requireConsistent(Database source, String from) {
        List<DerivedDifference> differences = new UnitOfWork(source).read().derivedDataCheck().differences();
        if (!differences.isEmpty()) {
            throw new LedgerCopyException(I18n.tr("copy.sourceInconsistent", from, differences.size()));
        }
    }

    private static CopyOutcome toFile(Database source, LedgerLocation.File to, CopyProgress progress) {
        Path file = to.file();
        LedgerKey key = to.password() != null ? to.password().key() : source.key();
        if (Files.exists(file)) {
            try (Database existing = Database.open(file, key)) {
                refuseData(existing, to);
            }
        }
        Path aside = Path.of(LedgerArchive.base(file) + ASIDE);
        Path asideFile = LedgerArchive.file(aside);
        try {
            Files.deleteIfExists(asideFile); // the leftover of a copy interrupted by a power cut
            CopyOutcome outcome;
            try (Database target = Database.open(aside, key)) {
                outcome = LedgerTableCopy.copy(source, target, listener(progress));
                // the bulk write left most pages superseded: the file is rewritten compact as it closes
                target.compactOnClose();
            }
            requireVerified(outcome, to);
            Files.move(asideFile, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return outcome;
        } catch (IOException e) {
            deleteQuietly(asideFile);
            throw new LedgerCopyException(I18n.tr("copy.fileFailed", to, e.getMessage()), null, e);
        } catch (RuntimeException e) {
            deleteQuietly(asideFile);
            throw e;
        }
    }

    private static CopyOutcome toServer(Database source, LedgerLocation.Server to, CopyProgress progress) {
        Database target = Database.openServer(to.address(), to.password());
        boolean made = target.schemaCreated();
        try {
            if (!made) {
                refuseData(target, to);
            }
            CopyOutcome outcome = LedgerTableCopy.copy(source, target, listener(progress));
            requireVerified(outcome, to); // the transaction was rolled back
            target.close();
            return outcome;
        } catch (RuntimeException e) {
            try {
                target.close();
                if (made) {
                    ServerSchema.remove(to.address(), to.password());
                }
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static void refuseData(Database target, LedgerLocation to) {
        List<String> holding = LedgerTableCopy.tablesWithData(target);
        if (!holding.isEmpty()) {
            LOGGER.info("Not copying into {}, whose tables {} hold data", to, holding);
            throw new LedgerCopyException(I18n.tr("copy.targetHoldsData", to));
        }
    }

    private static void requireVerified(CopyOutcome outcome, LedgerLocation to) {
        if (!outcome.verified()) {
            long tables = outcome.tables().stream().filter(table -> !table.complete()).count();
            throw new LedgerCopyException(I18n.tr("copy.unverified", to, tables, outcome.differences().size()), outcome,
                    null);
        }
    }

    private static LedgerTableCopy.Listener listener(CopyProgress progress) {
        return new LedgerTableCopy.Listener() {
            private int tables;

            @Override
            public void copying(String table, int index, int count) {
                tables = count;
                progress.step(I18n.tr("copy.table", table, index, count), index - 1, count);
            }

            @Override
            public void verifying() {
                progress.step(I18n.tr("copy.verifying"), tables, tables);
            }
        };
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.warn("Could not delete the unfinished copy {}", file, e);
        }
    }
}
