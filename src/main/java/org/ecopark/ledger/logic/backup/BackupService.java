package org.ecopark.ledger.logic.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.AppInfo;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.DatabaseException;
import org.ecopark.ledger.persistence.LedgerArchive;
import org.ecopark.ledger.persistence.SettingsRepository;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open ledger's backups: made by hand, when the window closes (at most one a day), and before every change that
 * replaces or deletes records ({@link BeforeChange}); each a consistent copy taken while the ledger stays open, forced
 * onto the disk before it is reported, and followed by the folder's rotation ({@link BackupRotation}). The folder and
 * the counts kept are settings of the ledger. A ledger in memory has nothing on disk to protect: it is never backed up.
 */
public final class BackupService implements BeforeChange {

    private static final Logger LOGGER = LoggerFactory.getLogger(BackupService.class);
    static final String FOLDER = "backup.folder";
    static final String DAILY = "backup.keep.daily";
    static final String WEEKLY = "backup.keep.weekly";
    static final String MONTHLY = "backup.keep.monthly";
    private static final String DEFAULT_FOLDER = "backups";

    private final Database database;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public BackupService(Database database, UnitOfWork unitOfWork, Clock clock) {
        this.database = database;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    /** Whether the ledger is a file that can be backed up. */
    public boolean enabled() {
        return database.file() != null;
    }

    /** The ledger's file; null for a ledger in memory. */
    public Path ledgerFile() {
        return database.file();
    }

    /** The folder beside the ledger that holds its backups unless another is chosen. */
    public static Path defaultFolder(Path ledgerFile) {
        return ledgerFile.toAbsolutePath().getParent().resolve(DEFAULT_FOLDER);
    }

    public BackupSettings settings() {
        SettingsRepository settings = unitOfWork.read().settings();
        try {
            BackupPolicy policy = new BackupPolicy(number(settings, DAILY, BackupPolicy.DEFAULT.daily()),
                    number(settings, WEEKLY, BackupPolicy.DEFAULT.weekly()),
                    number(settings, MONTHLY, BackupPolicy.DEFAULT.monthly()));
            return new BackupSettings(settings.get(FOLDER).map(Path::of).orElse(null), policy);
        } catch (IllegalArgumentException e) {
            LOGGER.warn("The ledger's backup settings are unusable; the defaults apply", e);
            return BackupSettings.DEFAULT;
        }
    }

    private static int number(SettingsRepository settings, String key, int otherwise) {
        return settings.get(key).map(Integer::parseInt).orElse(otherwise);
    }

    /**
     * Stores the folder and counts; the next backup follows them. A folder chosen is made if it does not exist.
     *
     * @throws BackupException when the folder chosen cannot be made or written to; nothing is stored then
     */
    public void saveSettings(BackupSettings chosen) {
        chosen.chosenFolder().ifPresent(BackupService::requireWritable);
        unitOfWork.inTransaction(repositories -> {
            SettingsRepository settings = repositories.settings();
            if (chosen.folder() == null) {
                settings.remove(FOLDER);
            } else {
                settings.put(FOLDER, chosen.folder().toAbsolutePath().normalize().toString());
            }
            settings.put(DAILY, String.valueOf(chosen.policy().daily()));
            settings.put(WEEKLY, String.valueOf(chosen.policy().weekly()));
            settings.put(MONTHLY, String.valueOf(chosen.policy().monthly()));
            return null;
        });
    }

    private static void requireWritable(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.delete(Files.createTempFile(folder, "write-test-", ".tmp"));
        } catch (IOException | SecurityException e) {
            throw new BackupException(I18n.tr("backup.error.folder", folder.toAbsolutePath()), e);
        }
    }

    /** Where the backups go now. */
    public Path folder() {
        return settings().chosenFolder().orElseGet(() -> defaultFolder(requireFile()));
    }

    /**
     * Makes a backup into the folder, then rotates the folder.
     *
     * @throws BackupException when it cannot be written (the message says where)
     */
    public BackupEntry backup(BackupReason reason) {
        BackupSettings settings = settings();
        BackupFolder folder = folder(settings);
        BackupEntry made;
        try {
            made = folder.write(label(reason), database::backupTo);
        } catch (IOException | DatabaseException e) {
            throw new BackupException(I18n.tr("backup.error.write", folder.folder()), e);
        }
        LOGGER.info("Backup ({}) written to {}, {} bytes", reason.code(), made.file(), made.size());
        try {
            folder.rotate(settings.policy());
        } catch (IOException e) {
            LOGGER.warn("The backup folder {} could not be rotated", folder.folder(), e);
        }
        return made;
    }

    /** Makes a backup by hand as the file {@code target} (replaced if it exists), outside the rotated folder. */
    public BackupEntry backupTo(Path target) {
        requireFile();
        try {
            return BackupFolder.writeTo(target, label(BackupReason.MANUAL), database::backupTo);
        } catch (IOException | DatabaseException e) {
            throw new BackupException(I18n.tr("backup.error.write", target.toAbsolutePath().getParent()), e);
        }
    }

    /** A backup before a change that replaces or deletes records; nothing for a ledger in memory. */
    @Override
    public void before(BackupReason reason) {
        if (enabled()) {
            backup(reason);
        }
    }

    /** The backup when the window closes: the first close of a day makes one, later closes that day none. */
    public Optional<BackupEntry> onClose() {
        if (!enabled()) {
            return Optional.empty();
        }
        LocalDate today = LocalDate.now(clock);
        boolean madeToday = list().stream().anyMatch(entry -> entry.reason() == BackupReason.DAILY
                && entry.label().madeAt().toLocalDate().equals(today));
        return madeToday ? Optional.empty() : Optional.of(backup(BackupReason.DAILY));
    }

    /** The ledger's backups, in its folder and beside it (before upgrades), newest first. */
    public List<BackupEntry> list() {
        if (!enabled()) {
            return List.of();
        }
        BackupFolder folder = folder(settings());
        try {
            return folder.list();
        } catch (IOException e) {
            throw new BackupException(I18n.tr("backup.error.list", folder.folder()), e);
        }
    }

    /** The open ledger's schema version and record counts, for a copy of its file made once it is closed. */
    public LedgerState state() {
        return new LedgerState(database.schemaVersion(), unitOfWork.read().records().counts());
    }

    /** Restores over this ledger, keeping its backups where they are. Use it once the ledger is closed. */
    public RestoreService restores() {
        BackupSettings settings = settings();
        return new RestoreService(LedgerArchive.base(requireFile()), folder(settings).folder(), settings.policy(), clock,
                database.key());
    }

    private BackupFolder folder(BackupSettings settings) {
        Path file = requireFile();
        return new BackupFolder(LedgerArchive.base(file), settings.chosenFolder().orElseGet(() -> defaultFolder(file)));
    }

    private BackupLabel label(BackupReason reason) {
        Path file = requireFile();
        LedgerState state = state();
        return new BackupLabel(reason, LocalDateTime.now(clock), LedgerArchive.base(file).getFileName().toString(),
                state.schemaVersion(), AppInfo.version(), state.counts());
    }

    private Path requireFile() {
        Path file = database.file();
        if (file == null) {
            throw new IllegalStateException("A ledger in memory has no backups");
        }
        return file;
    }
}
