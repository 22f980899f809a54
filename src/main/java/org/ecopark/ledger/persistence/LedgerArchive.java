package org.ecopark.ledger.persistence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The ledger's file as H2 keeps it, for backups and their restore. A backup is a zip of one entry, the ledger's
 * {@code .mv.db} file: what {@link Database#backupTo} writes from the open ledger, and what {@link #zipClosed} writes
 * from a closed one. A restore unpacks that entry under a side name beside the ledger ({@code ledger.restoring.mv.db}),
 * where it is opened, migrated and checked before it takes the ledger's place. Nothing here decrypts: the file of an
 * encrypted ledger is copied as it is.
 */
public final class LedgerArchive {

    /** What H2 adds to a database's path. */
    public static final String ENDING = ".mv.db";
    private static final String SIDE = ".restoring";
    private static final String UPGRADE = ".backup-";

    private LedgerArchive() {
    }

    /** The ledger's path without H2's ending, as {@link Database#open} takes it. */
    public static Path base(Path path) {
        String name = path.toAbsolutePath().normalize().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ENDING)
                ? Path.of(name.substring(0, name.length() - ENDING.length())) : Path.of(name);
    }

    /** The file H2 keeps for {@code base}. */
    public static Path file(Path base) {
        return Path.of(base + ENDING);
    }

    /** Where a backup of the ledger {@code base} is unpacked and checked before it replaces the ledger. */
    public static Path sideBase(Path base) {
        return Path.of(base + SIDE);
    }

    /**
     * Unpacks the ledger file of the backup {@code zip} as the file of {@code sideBase}, forced onto the disk; what an
     * earlier attempt left there goes first. The zip's checksums are verified while it is read.
     *
     * @throws ZipException when the zip is damaged or holds no ledger file
     */
    public static void unpack(Path zip, Path sideBase) throws IOException {
        removeSide(sideBase);
        Path target = file(sideBase);
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                // the entry's name only identifies it; the file written is always the side file
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(ENDING)) {
                    write(in, target);
                    return;
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        throw new ZipException("The zip " + zip + " holds no ledger file");
    }

    private static void write(InputStream in, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream out = java.nio.channels.Channels.newOutputStream(channel);
            in.transferTo(out);
            out.flush();
            channel.force(true);
        }
    }

    /**
     * Writes the ledger file {@code ledgerFile}, which must be closed, to {@code out} as a backup zip like the ones
     * {@link Database#backupTo} writes.
     */
    public static void zipClosed(Path ledgerFile, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(ledgerFile.getFileName().toString()));
        Files.copy(ledgerFile, zip);
        zip.closeEntry();
        zip.finish();
    }

    /** Removes what a side file leaves: the file itself, H2's trace, and the copy an upgrade of it wrote beside it. */
    public static void removeSide(Path sideBase) throws IOException {
        Files.deleteIfExists(file(sideBase));
        Files.deleteIfExists(Path.of(sideBase + ".trace.db"));
        for (Path copy : upgradeBackups(sideBase).keySet()) {
            Files.deleteIfExists(copy);
        }
    }

    /** The copy an upgrade of the schema from {@code version} writes beside the ledger before it migrates. */
    static Path upgradeBackup(Path base, String version) {
        return Path.of(base + UPGRADE + version + ".zip");
    }

    /** The copies schema upgrades wrote beside the ledger {@code base}, each with the version it was upgraded from. */
    public static Map<Path, String> upgradeBackups(Path base) throws IOException {
        Map<Path, String> found = new TreeMap<>();
        Path folder = base.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return found;
        }
        String prefix = base.getFileName() + UPGRADE;
        try (DirectoryStream<Path> copies = Files.newDirectoryStream(folder, prefix + "*.zip")) {
            for (Path copy : copies) {
                String name = copy.getFileName().toString();
                found.put(copy, name.substring(prefix.length(), name.length() - ".zip".length()));
            }
        }
        return found;
    }
}
