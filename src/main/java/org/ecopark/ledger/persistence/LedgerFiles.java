package org.ecopark.ledger.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Set;
import org.ecopark.ledger.model.LedgerFault;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What is done to a closed ledger file as a whole: telling whether it is encrypted, and writing it anew (compacted,
 * under another key, or in clear). A rewrite copies the live data into a file beside it, forces that onto the disk and
 * only then puts it in the ledger's place in one atomic move, so that a crash or a full disk at any moment leaves the
 * ledger as it was.
 */
public final class LedgerFiles {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerFiles.class);
    /** How H2 marks an encrypted file: its first bytes, in clear. */
    private static final byte[] ENCRYPTED_HEADER = "H2encrypt".getBytes(StandardCharsets.US_ASCII);
    private static final String REWRITE_ENDING = ".rewrite";
    /** H2's file system for a ledger on the disk. */
    private static final String DISK = "file";

    private LedgerFiles() {
    }

    /** Whether {@code file} ({@code .mv.db}) is encrypted, so unreadable without its password. False when unreadable. */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ENCRYPTED_HEADER.length), ENCRYPTED_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes the closed ledger {@code file} anew under {@code to}: encrypts it (from null), changes its key, or stores
     * it in clear (to null); compacted on the way. The copy is read back under {@code to} before it replaces the
     * ledger, and a ledger written to meanwhile (another program opened it) is left as it is.
     *
     * @throws DatabaseException with {@link org.ecopark.ledger.model.LedgerFault#WRONG_PASSWORD} when {@code from}
     *                           does not open the file, or another fault of the disk; the file is unchanged then
     */
    public static void rewrite(Path file, LedgerKey from, LedgerKey to) {
        rewrite(file, from, to, DISK);
    }

    /** {@link #rewrite(Path, LedgerKey, LedgerKey)} through one of H2's file systems: tests that make the disk fail. */
    static void rewrite(Path file, LedgerKey from, LedgerKey to, String scheme) {
        Path copy = file.resolveSibling(file.getFileName() + REWRITE_ENDING);
        try {
            Files.deleteIfExists(copy);
            FileTime modified = Files.getLastModifiedTime(file);
            long size = Files.size(file);
            Set<String> maps;
            try (MVStore source = builder(scheme, file, from).readOnly().open()) {
                maps = source.getMapNames();
                try (MVStore target = builder(scheme, copy, to).compress().open()) {
                    MVStoreTool.compact(source, target);
                }
            }
            try (MVStore check = builder(scheme, copy, to).readOnly().open()) {
                if (!check.getMapNames().equals(maps)) {
                    throw new IOException("The copy of " + file + " does not hold what the ledger holds");
                }
            }
            try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            if (!Files.getLastModifiedTime(file).equals(modified) || Files.size(file) != size) {
                throw new DatabaseException("The ledger " + file + " was written while it was rewritten", null,
                        LedgerFault.IN_USE, file, false);
            }
            Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            forceFolder(file.toAbsolutePath().getParent());
        } catch (DatabaseException e) {
            deleteQuietly(copy);
            throw e;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(copy);
            throw new DatabaseException("Cannot rewrite the ledger " + file, e,
                    DatabaseFaults.classify(e, file, false, from != null).orElse(null), file, false);
        }
    }

    /** Removes what an interrupted rewrite of {@code file} left beside it. */
    static void discardInterruptedRewrite(Path file) throws IOException {
        Files.deleteIfExists(file.resolveSibling(file.getFileName() + REWRITE_ENDING));
    }

    private static MVStore.Builder builder(String scheme, Path file, LedgerKey key) {
        MVStore.Builder builder = new MVStore.Builder().fileName(scheme + ":" + file);
        return key == null ? builder : builder.encryptionKey(key.filePassword());
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOGGER.debug("The folder {} cannot be forced to disk (not possible on every system)", folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.warn("Cannot remove {}", file, e);
        }
    }
}
