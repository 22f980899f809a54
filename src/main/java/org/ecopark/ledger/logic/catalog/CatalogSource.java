package org.ecopark.ledger.logic.catalog;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecopark.ledger.l10n.I18n;

/** Where a catalog file is read from: a resource in the jar (the shipped plans) or a file (tests, imports). */
public record CatalogSource(String name, Opener opener) {

    /** Far larger than a plan catalog (the 311 plan's has 77 KB), small enough to be read as a whole. */
    public static final long MAX_FILE_BYTES = 4L * 1024 * 1024;

    /** Opens the file afresh each time: the header is read first, the whole file only when needed. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public InputStream open() throws IOException {
        return opener.open();
    }

    public static CatalogSource resource(String path) {
        return new CatalogSource(path, () -> {
            InputStream in = CatalogSource.class.getResourceAsStream(path);
            if (in == null) {
                throw new IOException("Missing resource " + path);
            }
            return in;
        });
    }

    /**
     * A catalog file from outside: a regular file (a pipe would block the reading) of at most
     * {@link #MAX_FILE_BYTES}, read no further than that whatever its size claimed.
     */
    public static CatalogSource file(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        return new CatalogSource(name, () -> {
            if (!Files.isRegularFile(path)) {
                throw new Refused(I18n.tr("targets.catalog.notFile", name));
            }
            Refused tooLarge = new Refused(I18n.tr("targets.catalog.tooLarge", name, MAX_FILE_BYTES / (1024 * 1024)));
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw tooLarge;
            }
            return new FilterInputStream(Files.newInputStream(path)) {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = super.read();
                    count(b < 0 ? 0 : 1);
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = super.read(buffer, offset, length);
                    count(Math.max(n, 0));
                    return n;
                }

                private void count(int n) throws IOException {
                    read += n;
                    if (read > MAX_FILE_BYTES) {
                        throw tooLarge;
                    }
                }
            };
        });
    }

    /** A file that is not read at all, with the reason in the user's language. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }
}
