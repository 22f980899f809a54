package org.ecopark.ledger.logic.backup;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopark.ledger.logic.DurableFiles;
import org.ecopark.ledger.persistence.LedgerArchive;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups of one ledger in one folder: their names, the list, writing one durably, and the rotation. A name says
 * the ledger, the date and time and the reason, {@code ledger-20261206-143012-daily.zip}, so that several ledgers can
 * share a folder and a user can tell the files apart without the program. The copies that schema upgrades write beside
 * the ledger ({@code ledger.backup-1.4.zip}) are listed too, but never rotated: they are the administrator's to delete.
 */
final class BackupFolder {

    private static final Logger LOGGER = LoggerFactory.getLogger(BackupFolder.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("(.+)-(\\d{8}-\\d{6})-([a-z]+(?:-[a-z]+)*)(?:-\\d+)?\\.zip");

    private final Path ledgerBase;
    private final Path folder;

    /**
     * @param ledgerBase the ledger's path without H2's ending
     * @param folder     where its backups go
     */
    BackupFolder(Path ledgerBase, Path folder) {
        this.ledgerBase = ledgerBase;
        this.folder = folder.toAbsolutePath().normalize();
    }

    Path folder() {
        return folder;
    }

    String ledgerName() {
        return ledgerBase.getFileName().toString();
    }

    /** Writes a backup under a new name of its own, made by {@code zip}, with {@code label} in it; forced to disk. */
    BackupEntry write(BackupLabel label, DurableFiles.FileContent zip) throws IOException {
        String stem = ledgerName() + "-" + STAMP.format(label.madeAt()) + "-" + label.reason().code();
        Path target = folder.resolve(stem + ".zip");
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + "-" + n + ".zip");
        }
        return writeTo(target, label, zip);
    }

    /** Writes a backup as the file {@code target}, replacing one there; when this returns it is on the disk. */
    static BackupEntry writeTo(Path target, BackupLabel label, DurableFiles.FileContent zip) throws IOException {
        DurableFiles.writeFile(target, partial -> {
            zip.writeTo(partial);
            ZipComment.set(partial, label.toComment());
        });
        return new BackupEntry(target.toAbsolutePath(), Files.size(target), label);
    }

    /** This ledger's backups in the folder and beside the ledger, newest first. */
    List<BackupEntry> list() throws IOException {
        List<BackupEntry> found = new ArrayList<>(rotated());
        for (Map.Entry<Path, String> upgrade : LedgerArchive.upgradeBackups(ledgerBase).entrySet()) {
            Path file = upgrade.getKey();
            LocalDateTime made = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
            found.add(new BackupEntry(file, Files.size(file), ZipComment.read(file).flatMap(BackupLabel::parse)
                    .orElse(new BackupLabel(BackupReason.UPGRADE, made, ledgerName(), upgrade.getValue(), null, Map.of()))));
        }
        found.sort(Comparator.comparing((BackupEntry entry) -> entry.label().madeAt()).reversed());
        return found;
    }

    /** Deletes the backups in the folder that {@code policy} does not keep. */
    void rotate(BackupPolicy policy) throws IOException {
        List<BackupEntry> all = rotated();
        Set<BackupEntry> kept = BackupRotation.keep(all, entry -> entry.label().madeAt(), policy);
        for (BackupEntry entry : all) {
            if (!kept.contains(entry)) {
                try {
                    Files.deleteIfExists(entry.file());
                    LOGGER.info("Backup {} rotated out", entry.file());
                } catch (IOException e) {
                    LOGGER.warn("Could not delete the rotated backup {}", entry.file(), e);
                }
            }
        }
    }

    /** The backups of this ledger in the folder, by their names. */
    private List<BackupEntry> rotated() throws IOException {
        List<BackupEntry> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.zip")) {
            for (Path file : files) {
                named(file).ifPresent(found::add);
            }
        }
        return found;
    }

    private Optional<BackupEntry> named(Path file) throws IOException {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!Files.isRegularFile(file) || !name.matches() || !name.group(1).equals(ledgerName())) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = BackupReason.ofCode(name.group(3));
        LocalDateTime made;
        try {
            made = LocalDateTime.parse(name.group(2), STAMP);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        if (reason.isEmpty()) {
            return Optional.empty();
        }
        BackupLabel label = ZipComment.read(file).flatMap(BackupLabel::parse)
                .orElse(new BackupLabel(reason.get(), made, ledgerName(), null, null, Map.of()));
        return Optional.of(new BackupEntry(file.toAbsolutePath(), Files.size(file), label));
    }
}
