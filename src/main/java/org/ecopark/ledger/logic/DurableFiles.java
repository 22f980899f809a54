package org.ecopark.ledger.logic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the files the program tells its user it wrote (a submission package, collection templates, an import's
 * report, a list of targets), so that "已导出" holds the moment it is shown: the content goes into a temporary
 * file beside the target, is forced onto the disk, and only then takes the target's name in one atomic rename,
 * whose folder entry is forced too. A crash at any moment leaves the earlier file or the complete new one, never
 * a part of it; a failure, or a cancel thrown by the content, removes the temporary file and leaves the target
 * as it was.
 */
public final class DurableFiles {

    private static final Logger LOGGER = LoggerFactory.getLogger(DurableFiles.class);
    private static final int BUFFER = 64 * 1024;

    /** What goes into the file; it may close the stream it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private DurableFiles() {
    }

    /** A writer that makes the file at the path it is given (H2's {@code BACKUP TO}, say). */
    @FunctionalInterface
    public interface FileContent {
        void writeTo(Path partial) throws IOException;
    }

    /** Writes {@code content} as the file {@code target}, creating its folder when missing; see the class comment. */
    public static void write(Path target, Content content) throws IOException {
        writeFile(target, partial -> {
            try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(new KeptOpen(Channels.newOutputStream(channel)), BUFFER);
                content.writeTo(out);
                out.flush();
            }
        });
    }

    /**
     * Has {@code content} make the file at a temporary path beside {@code target}, then forces it and gives it the
     * target's name as {@link #write} does; the file must not exist before {@code content} makes it.
     */
    public static void writeFile(Path target, FileContent content) throws IOException {
        Path file = target.toAbsolutePath();
        Path folder = file.getParent();
        Files.createDirectories(folder);
        // beside the target, so that the last step is a rename; hidden, and created like any other file (not 0600)
        Path partial = folder.resolve("." + file.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
        boolean placed = false;
        try {
            content.writeTo(partial);
            replace(partial, file);
            placed = true;
        } finally {
            if (!placed) {
                deleteQuietly(partial);
            }
        }
    }

    /**
     * Forces the complete file {@code from} onto the disk and moves it over {@code to} in one step (a checked ledger
     * over the one it replaces), the folder's entry forced too.
     */
    public static void replace(Path from, Path to) throws IOException {
        try (FileChannel channel = FileChannel.open(from, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        move(from, to);
        forceFolder(to.toAbsolutePath().getParent());
    }

    /** Writes {@code text} as UTF-8. */
    public static void writeString(Path target, String text) throws IOException {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // a file system without an atomic rename (some network shares): still whole, though not in one step
            LOGGER.warn("{} cannot be renamed atomically; moved in two steps", to, e);
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Forces the folder's entries, so that the rename itself survives a power cut (Linux, macOS). Windows cannot
     * open a folder as a file; its file system journals the rename.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOGGER.debug("The folder {} cannot be forced to disk", folder, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.warn("Could not delete {}", file, e);
        }
    }
}
