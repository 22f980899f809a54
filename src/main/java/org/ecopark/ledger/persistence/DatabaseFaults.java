package org.ecopark.ledger.persistence;

import java.io.IOException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.ecopark.ledger.model.LedgerFault;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * The one translator from the database's errors to what the user can act on ({@link LedgerFault}). It reads H2's
 * error codes (SQL and MVStore), the Java I/O error beneath them, and when those do not say enough, looks at the file
 * and its folder: gone, read-only, or on a disk with no room left. Errors that are no fault of the file (a broken
 * constraint, a program error) are not faults and stay as they are.
 */
public final class DatabaseFaults {

    /** Below this much free space a failed write is put down to a full disk. */
    private static final long NEARLY_FULL_BYTES = 16L * 1024 * 1024;
    /** How the systems say "no room left" (Linux, macOS, Windows in English and Chinese). */
    private static final Set<String> DISK_FULL_WORDS = Set.of("no space left on device", "not enough space on the disk",
            "disk full", "磁盘空间不足", "磁盘已满");
    private static final Set<String> READ_ONLY_WORDS = Set.of("read-only file system", "operation not permitted",
            "permission denied", "access is denied", "拒绝访问");

    private DatabaseFaults() {
    }

    /**
     * What the user can act on when a ledger on a server did not open: the server does not answer (PostgreSQL's
     * connection errors, SQLSTATE class 08, or no network route), it refused the user (class 28), it has no such
     * database (3D000), or the ledger's schema is newer than the program ({@link SchemaMigration.NewerSchema}).
     */
    static Optional<LedgerFault> classifyServer(Throwable error) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = error; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SchemaMigration.NewerSchema) {
                return Optional.of(LedgerFault.SCHEMA_NEWER);
            }
            if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
                    || cause instanceof java.net.SocketTimeoutException) {
                return Optional.of(LedgerFault.SERVER_UNREACHABLE);
            }
            String state = cause instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
            if (state.startsWith("08")) {
                return Optional.of(LedgerFault.SERVER_UNREACHABLE);
            }
            if (state.startsWith("28")) {
                return Optional.of(LedgerFault.SERVER_LOGIN_REFUSED);
            }
            if (state.equals("3D000")) {
                return Optional.of(LedgerFault.SERVER_NO_DATABASE);
            }
            if (state.equals("42501")) {
                return Optional.of(LedgerFault.SERVER_NO_RIGHTS);
            }
        }
        return Optional.empty();
    }

    /** What was found in an error's chain of causes. */
    private record Evidence(Set<Integer> sqlCodes, Set<Integer> storeCodes, Set<IOException> io, boolean lockOverlap) {
        boolean sql(int... codes) {
            return Arrays.stream(codes).anyMatch(sqlCodes::contains);
        }

        boolean store(int... codes) {
            return Arrays.stream(codes).anyMatch(storeCodes::contains);
        }

        boolean ioMentions(Set<String> words) {
            return io.stream().map(DatabaseFaults::ioText).anyMatch(text -> words.stream().anyMatch(text::contains));
        }

        boolean ioIs(Class<? extends IOException> type) {
            return io.stream().anyMatch(type::isInstance);
        }

        boolean failedIo() {
            return !io.isEmpty() || store(DataUtils.ERROR_READING_FAILED, DataUtils.ERROR_WRITING_FAILED)
                    || sql(ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_CREATION_FAILED_1,
                    ErrorCode.FILE_RENAME_FAILED_2, ErrorCode.FILE_NOT_FOUND_1);
        }
    }

    /**
     * The fault behind {@code error}, if it is one.
     *
     * @param file     the ledger file ({@code .mv.db}) to look at, or null when unknown
     * @param creating whether the file is being made, so that its absence says nothing
     * @param keyGiven whether it was opened with a password
     */
    public static Optional<LedgerFault> classify(Throwable error, Path file, boolean creating, boolean keyGiven) {
        return classify(error, file, creating, keyGiven, DatabaseFaults::usableSpace);
    }

    /** {@link #classify(Throwable, Path, boolean, boolean)} with the free space of a folder as {@code usableSpace} says. */
    static Optional<LedgerFault> classify(Throwable error, Path file, boolean creating, boolean keyGiven,
                                          ToLongFunction<Path> usableSpace) {
        Evidence evidence = evidence(error);
        if (evidence.lockOverlap() || evidence.store(DataUtils.ERROR_FILE_LOCKED)
                || evidence.sql(ErrorCode.DATABASE_ALREADY_OPEN_1)) {
            return Optional.of(LedgerFault.IN_USE);
        }
        if (evidence.sql(ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD)) {
            return Optional.of(keyGiven ? LedgerFault.WRONG_PASSWORD : LedgerFault.PASSWORD_NEEDED);
        }
        if (evidence.ioMentions(DISK_FULL_WORDS)) {
            return Optional.of(LedgerFault.DISK_FULL);
        }
        if (evidence.sql(ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1)
                || evidence.ioIs(java.io.EOFException.class) // shorter than its own header says
                || evidence.store(DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_UNSUPPORTED_FORMAT,
                DataUtils.ERROR_CHUNK_NOT_FOUND, DataUtils.ERROR_BLOCK_NOT_FOUND)) {
            if (nearlyFull(file, usableSpace)) {
                // a chunk H2 could not finish writing on a full disk reads back short, as if damaged
                return Optional.of(LedgerFault.DISK_FULL);
            }
            if (file == null || !LedgerFiles.isEncrypted(file)) {
                return Optional.of(LedgerFault.DAMAGED);
            }
            // an encrypted file reads as damaged without its key, or under another one
            return Optional.of(keyGiven ? LedgerFault.WRONG_PASSWORD : LedgerFault.PASSWORD_NEEDED);
        }
        if (evidence.sql(ErrorCode.DATABASE_IS_READ_ONLY)) {
            return Optional.of(LedgerFault.READ_ONLY_FILE);
        }
        if (evidence.ioIs(AccessDeniedException.class) || evidence.ioMentions(READ_ONLY_WORDS)) {
            return Optional.of(readOnly(file, creating));
        }
        if (!evidence.failedIo() && !evidence.sql(ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)) {
            return Optional.empty();
        }
        return Optional.of(lookAtTheFile(file, creating, evidence, usableSpace));
    }

    /** A failed read or write that H2 does not explain: what the file and its folder show now. */
    private static LedgerFault lookAtTheFile(Path file, boolean creating, Evidence evidence,
                                             ToLongFunction<Path> usableSpace) {
        if (file == null) {
            return evidence.ioIs(NoSuchFileException.class) ? LedgerFault.UNREACHABLE : LedgerFault.IO_ERROR;
        }
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder) || (!creating && !Files.exists(file))) {
            return LedgerFault.UNREACHABLE;
        }
        long space = usableSpace.applyAsLong(folder);
        if (space < 0) {
            return LedgerFault.UNREACHABLE;
        }
        if (space < NEARLY_FULL_BYTES) {
            return LedgerFault.DISK_FULL;
        }
        if (creating ? !Files.isWritable(folder) : !Files.isWritable(file)) {
            return readOnly(file, creating);
        }
        return LedgerFault.IO_ERROR;
    }

    /** Whether the disk holding {@code file} has next to no room left. */
    private static boolean nearlyFull(Path file, ToLongFunction<Path> usableSpace) {
        Path folder = file == null ? null : file.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return false;
        }
        long space = usableSpace.applyAsLong(folder);
        return space >= 0 && space < NEARLY_FULL_BYTES;
    }

    /** The room left on the disk holding {@code folder}; -1 when the disk cannot be asked (it is gone). */
    private static long usableSpace(Path folder) {
        try {
            return Files.getFileStore(folder).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    private static LedgerFault readOnly(Path file, boolean creating) {
        return creating || (file != null && Files.notExists(file)) ? LedgerFault.READ_ONLY_FOLDER : LedgerFault.READ_ONLY_FILE;
    }

    private static Evidence evidence(Throwable error) {
        Set<Integer> sqlCodes = new HashSet<>();
        Set<Integer> storeCodes = new HashSet<>();
        Set<IOException> io = new HashSet<>();
        boolean overlap = false;
        Set<Throwable> seen = new HashSet<>();
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        pending.add(error);
        while (!pending.isEmpty()) {
            Throwable current = pending.poll();
            if (current == null || !seen.add(current)) {
                continue;
            }
            if (current.getCause() != null) {
                pending.add(current.getCause());
            }
            if (current instanceof SQLException sql) {
                sqlCodes.add(sql.getErrorCode());
                if (sql.getNextException() != null) {
                    pending.add(sql.getNextException()); // a batch's failure hangs there, not as its cause
                }
            } else if (current instanceof MVStoreException store) {
                storeCodes.add(store.getErrorCode());
            } else if (current instanceof IOException ioError) {
                io.add(ioError);
            } else if (current instanceof OverlappingFileLockException) {
                overlap = true;
            }
        }
        return new Evidence(sqlCodes, storeCodes, io, overlap);
    }

    private static String ioText(IOException error) {
        String reason = error instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : "";
        return (reason + " " + error.getMessage()).toLowerCase(Locale.ROOT);
    }
}
