package org.ecopark.ledger.logic.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.AppInfo;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.check.LedgerCheck;
import org.ecopark.ledger.logic.check.LedgerCheckService;
import org.ecopark.ledger.logic.check.LedgerCheckText;
import org.ecopark.ledger.persistence.LedgerArchive;
import org.ecopark.ledger.persistence.LedgerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts a backup in the ledger's place without ever leaving half a file. {@link #prepare} unpacks the backup beside the
 * ledger under a side name, opens it as the program opens any ledger (a backup of an older schema is migrated then,
 * its derived data recomputed) and runs the ledger check on it, mending derived data that differs from its records;
 * the ledger itself is not touched. Once the ledger is closed, {@link #complete} keeps a copy of its file as a backup
 * and moves the checked file over it in one atomic step. A failure or a crash before that step leaves the ledger as it
 * was; after it, the restored ledger is whole.
 */
public final class RestoreService {

    private static final Logger LOGGER = LoggerFactory.getLogger(RestoreService.class);

    private final Path ledgerBase;
    private final BackupFolder folder;
    private final BackupPolicy policy;
    private final Clock clock;
    private final LedgerKey key;

    /**
     * @param ledgerBase the ledger's path without H2's ending
     * @param folder     where the copy of the ledger replaced goes, with the other backups
     */
    public RestoreService(Path ledgerBase, Path folder, BackupPolicy policy, Clock clock) {
        this(ledgerBase, folder, policy, clock, null);
    }

    /** @param key the key of the ledger's password, which its backups are encrypted with too; null for none */
    public RestoreService(Path ledgerBase, Path folder, BackupPolicy policy, Clock clock, LedgerKey key) {
        this.ledgerBase = ledgerBase;
        this.folder = new BackupFolder(ledgerBase, folder);
        this.policy = policy;
        this.clock = clock;
        this.key = key;
    }

    /** For a ledger that is closed and does not open: its backups' default folder and counts. */
    public static RestoreService withDefaults(Path ledger, Clock clock) {
        Path base = LedgerArchive.base(ledger);
        return new RestoreService(base, BackupService.defaultFolder(LedgerArchive.file(base)), BackupPolicy.DEFAULT, clock);
    }

    /** The ledger's backups in its folder, newest first; none when the folder cannot be read. */
    public List<BackupEntry> list() {
        try {
            return folder.list();
        } catch (IOException e) {
            LOGGER.warn("The backups of {} cannot be listed", ledgerBase, e);
            return List.of();
        }
    }

    /** The backup {@code zip} as the list shows it (its label, or what its name says). */
    public BackupEntry describe(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new BackupException(I18n.tr("backup.error.missing", zip));
        }
        Path file = zip.toAbsolutePath().normalize();
        try {
            for (BackupEntry known : folder.list()) {
                if (known.file().normalize().equals(file)) {
                    return known; // an upgrade's copy beside the ledger says its reason by its name
                }
            }
            // a zip without a label (one copied by hand, an upgrade's copy) is dated by its file
            LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(zip).toInstant(), clock.getZone());
            BackupLabel label = ZipComment.read(zip).flatMap(BackupLabel::parse).orElseGet(() -> new BackupLabel(
                    BackupReason.MANUAL, modified, folder.ledgerName(), null, null, java.util.Map.of()));
            return new BackupEntry(zip.toAbsolutePath(), Files.size(zip), label);
        } catch (IOException e) {
            throw new BackupException(I18n.tr("backup.error.unreadable", zip), e);
        }
    }

    /**
     * Unpacks, opens and checks the backup {@code zip} beside the ledger; the ledger may stay open meanwhile.
     *
     * @throws BackupException when the file is no backup of a ledger, is damaged, or does not open
     */
    public PreparedRestore prepare(Path zip) {
        BackupEntry backup = describe(zip);
        Path side = LedgerArchive.sideBase(ledgerBase);
        try {
            LedgerArchive.unpack(zip, side);
        } catch (IOException e) {
            throw new BackupException(I18n.tr("backup.error.unreadable", zip), e);
        }
        try (Services opened = Services.openWithoutBackups(side, key, clock)) {
            LedgerCheckService checks = opened.check();
            LedgerCheck found = checks.check();
            boolean repaired = false;
            if (found.repairable()) {
                LOGGER.warn("The backup {} holds derived data that differs from its records; recomputed", zip);
                found = checks.repair();
                repaired = true;
            }
            return new PreparedRestore(backup, side, opened.schemaVersion(), opened.recordCounts(),
                    LedgerCheckText.lines(found), repaired);
        } catch (RuntimeException e) {
            abandon(side);
            throw new BackupException(I18n.tr("backup.error.doesNotOpen", zip), e);
        }
    }

    /**
     * Keeps the ledger's file as a backup and moves the prepared one into its place. The ledger must be closed.
     *
     * @param current what the ledger held when it was last open (for the kept copy's label)
     * @throws BackupException when the copy cannot be kept or the move fails; the ledger is then as it was
     */
    public RestoreResult complete(PreparedRestore prepared, LedgerState current) {
        Path ledgerFile = LedgerArchive.file(ledgerBase);
        BackupEntry kept = null;
        try {
            if (Files.exists(ledgerFile)) {
                BackupLabel label = new BackupLabel(BackupReason.BEFORE_RESTORE, LocalDateTime.now(clock),
                        folder.ledgerName(), current.schemaVersion(), AppInfo.version(), current.counts());
                kept = folder.write(label, partial -> {
                    try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW)) {
                        LedgerArchive.zipClosed(ledgerFile, out);
                    }
                });
            }
        } catch (IOException e) {
            throw new BackupException(I18n.tr("backup.error.write", folder.folder()), e);
        }
        try {
            DurableFiles.replace(LedgerArchive.file(prepared.sideBase()), ledgerFile);
        } catch (IOException e) {
            throw new BackupException(I18n.tr("backup.error.swap", ledgerFile), e);
        }
        abandon(prepared.sideBase());
        LOGGER.info("Restored {} from {}; the ledger before is kept in {}", ledgerFile, prepared.backup().file(),
                kept == null ? "(none)" : kept.file());
        try {
            folder.rotate(policy);
        } catch (IOException e) {
            LOGGER.warn("The backup folder {} could not be rotated", folder.folder(), e);
        }
        return new RestoreResult(prepared, kept);
    }

    /** Removes a prepared restore that will not be completed. */
    public void abandon(PreparedRestore prepared) {
        abandon(prepared.sideBase());
    }

    private static void abandon(Path side) {
        try {
            LedgerArchive.removeSide(side);
        } catch (IOException e) {
            LOGGER.warn("Could not remove the side file {}", side, e);
        }
    }
}
