package org.ecopark.ledger.logic.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.persistence.DatabaseException;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.persistence.LedgerArchive;
import org.ecopark.ledger.persistence.LedgerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ledger no window or command holds open, about to be restored over (the command line's {@code restore}): its
 * backup folder and counts, and what it holds, read by opening it once. A ledger that does not open (damaged, say) can
 * still be restored over: its file is kept as it is, in the default folder beside it. A ledger another program holds
 * open (a window) is refused: its file cannot be swapped under it.
 */
public record ClosedLedger(RestoreService restores, LedgerState state) {

    private static final Logger LOGGER = LoggerFactory.getLogger(ClosedLedger.class);

    public static ClosedLedger read(Path ledger, Clock clock) {
        return read(ledger, null, clock);
    }

    /** As {@link #read(Path, Clock)} for a ledger encrypted with {@code password} (null for none). */
    public static ClosedLedger read(Path ledger, LedgerPassword password, Clock clock) {
        LedgerKey key = password == null ? null : password.key();
        Path base = LedgerArchive.base(ledger);
        if (Files.exists(LedgerArchive.file(base))) {
            try (Services services = Services.openWithoutBackups(base, key, clock)) {
                return new ClosedLedger(services.backups().restores(), services.backups().state());
            } catch (RuntimeException e) {
                if (e instanceof DatabaseException open && open.fileInUse()) {
                    // swapped under the program that holds it, the file would take none of that program's writes
                    throw new BackupException(I18n.tr("backup.error.inUse", LedgerArchive.file(base)), e);
                }
                LOGGER.warn("The ledger {} does not open; its file is kept as it is before the restore", ledger, e);
            }
        }
        return new ClosedLedger(new RestoreService(base, BackupService.defaultFolder(LedgerArchive.file(base)),
                BackupPolicy.DEFAULT, clock, key), LedgerState.UNKNOWN);
    }
}
