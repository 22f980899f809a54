package org.ecopark.ledger.logic.collection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The check every file from outside passes before a byte of it is read: it is a regular file (a named
 * pipe would block the reading forever, a device never end), not empty, and not larger than the kind of
 * file can be. A symbolic link is judged by what it points to.
 */
public final class InputFiles {

    private InputFiles() {
    }

    /**
     * @throws WorkbookRefusedException naming the file, when it must not be read
     */
    public static void check(Path file, long maxBytes) throws WorkbookRefusedException {
        String name = name(file);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            throw new WorkbookRefusedException(e, "collection.refused.unreadable", name);
        }
        if (!attributes.isRegularFile()) {
            throw new WorkbookRefusedException(attributes.isDirectory() ? "collection.refused.folder"
                    : "collection.refused.notRegular", name);
        }
        if (attributes.size() == 0) {
            throw new WorkbookRefusedException("collection.refused.empty", name);
        }
        if (attributes.size() > maxBytes) {
            throw new WorkbookRefusedException("collection.refused.tooLarge", name, megabytes(attributes.size()),
                    megabytes(maxBytes));
        }
    }

    static String name(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    private static long megabytes(long bytes) {
        return (bytes + 1024 * 1024 - 1) / (1024 * 1024);
    }
}
