package org.ecopark.ledger.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that fails on demand, put between H2 and the real one: the faults of a ledger file that a test cannot cause
 * for real on any machine (a tiny tmpfs needs root and a mount; file permissions do not stop root). Each fault is
 * raised as the system raises it: the same {@link IOException} with the same text from the same channel call, or, for
 * a read-only file, the file reported as not writable, so H2 opens it read-only by itself. Faults apply to the files
 * under a folder, so that tests of other folders are not touched.
 */
public final class FaultyDisk extends FilePathWrapper {

    /** What the files under a folder do. */
    public enum Fault {
        /** Every write fails with Linux's "No space left on device" (ENOSPC); reads work. */
        FULL,
        /** Everything fails with "Input/output error" (EIO), as on a network share that went away. */
        GONE,
        /** The files may not be written: H2 finds them not writable, and opening one for writing is refused. */
        READ_ONLY
    }

    private static final String SCHEME = "faulty";
    private static final Map<Path, Fault> FAULTS = new ConcurrentHashMap<>();
    /** Bytes the files under a folder may still write before the disk is full. */
    private static final Map<Path, AtomicLong> ROOM = new ConcurrentHashMap<>();

    static {
        FilePath.register(new FaultyDisk());
    }

    /** Opens the ledger at {@code path} through this disk. */
    public static Database open(Path path) {
        return open(path, null);
    }

    public static Database open(Path path, LedgerKey key) {
        return Database.openOn(SCHEME, path, key);
    }

    /** Writes the closed ledger {@code file} anew through this disk ({@link LedgerFiles#rewrite}). */
    public static void rewrite(Path file, LedgerKey from, LedgerKey to) {
        LedgerFiles.rewrite(file, from, to, SCHEME);
    }

    /** From now on the files under {@code folder} fail so. */
    public static void fail(Path folder, Fault fault) {
        FAULTS.put(folder.toAbsolutePath().normalize(), fault);
    }

    /** From now on the files under {@code folder} may write {@code bytes} more; then the disk is {@link Fault#FULL}. */
    public static void fillUpAfter(Path folder, long bytes) {
        ROOM.put(folder.toAbsolutePath().normalize(), new AtomicLong(bytes));
    }

    /** The files under {@code folder} work again. */
    public static void heal(Path folder) {
        FAULTS.remove(folder.toAbsolutePath().normalize());
        ROOM.remove(folder.toAbsolutePath().normalize());
    }

    /**
     * Takes room for a write of {@code bytes} under the folder of {@code name}: how many of them fit (all when the
     * folder has no limit). The disk is {@link Fault#FULL} from the write that does not fit on.
     */
    private static long take(String name, long bytes) {
        Path path = pathOf(name);
        for (Map.Entry<Path, AtomicLong> entry : ROOM.entrySet()) {
            if (path.startsWith(entry.getKey())) {
                long before = entry.getValue().getAndAdd(-bytes);
                if (before < bytes) {
                    FAULTS.put(entry.getKey(), Fault.FULL);
                    return Math.max(0, before);
                }
            }
        }
        return bytes;
    }

    private static Path pathOf(String name) {
        return Path.of(name.startsWith(SCHEME + ":") ? name.substring(SCHEME.length() + 1) : name)
                .toAbsolutePath().normalize();
    }

    static Fault faultOf(String name) {
        Path path = pathOf(name);
        for (Map.Entry<Path, Fault> entry : FAULTS.entrySet()) {
            if (path.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return null;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public boolean canWrite() {
        return faultOf(name) != Fault.READ_ONLY && super.canWrite();
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        Fault fault = faultOf(name);
        if (fault == Fault.GONE) {
            throw new IOException("Input/output error");
        }
        if (fault == Fault.READ_ONLY && !"r".equals(mode)) {
            throw new AccessDeniedException(name);
        }
        return new Channel(name, super.open(mode));
    }

    /** The channel of one file, failing as its folder's fault says at each call. */
    private static final class Channel extends FileBase {

        private final String name;
        private final FileChannel channel;

        Channel(String name, FileChannel channel) {
            this.name = name;
            this.channel = channel;
        }

        private void check(boolean writing) throws IOException {
            Fault fault = faultOf(name);
            if (fault == Fault.GONE) {
                throw new IOException("Input/output error");
            }
            if (writing && fault == Fault.FULL) {
                throw new IOException("No space left on device");
            }
        }

        @Override
        public void implCloseChannel() throws IOException {
            channel.close();
        }

        @Override
        public long position() throws IOException {
            return channel.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            channel.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            check(false);
            return channel.size();
        }

        @Override
        public int read(ByteBuffer destination) throws IOException {
            check(false);
            return channel.read(destination);
        }

        @Override
        public int read(ByteBuffer destination, long position) throws IOException {
            check(false);
            return channel.read(destination, position);
        }

        /**
         * As the system writes on a disk that fills up: what fits is written and counted (a short write), the next
         * write fails with ENOSPC.
         */
        private ByteBuffer fitting(ByteBuffer source) throws IOException {
            check(true);
            long fits = take(name, source.remaining());
            if (fits == 0 && source.hasRemaining()) {
                throw new IOException("No space left on device");
            }
            ByteBuffer part = source.duplicate();
            part.limit(part.position() + (int) fits);
            return part;
        }

        @Override
        public int write(ByteBuffer source) throws IOException {
            ByteBuffer part = fitting(source);
            int written = channel.write(part);
            source.position(source.position() + written);
            return written;
        }

        @Override
        public int write(ByteBuffer source, long position) throws IOException {
            ByteBuffer part = fitting(source);
            int written = channel.write(part, position);
            source.position(source.position() + written);
            return written;
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            check(true);
            channel.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            check(true);
            channel.force(metaData);
        }

        @Override
        public synchronized FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return channel.tryLock(position, size, shared);
        }
    }
}
