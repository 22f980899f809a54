package org.ecopark.ledger.logic.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a catalog file is read from: a resource in the jar (the shipped plans) or a file (tests, imports). */
public record CatalogSource(String name, Opener opener) {

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

    public static CatalogSource file(Path path) {
        return new CatalogSource(path.getFileName().toString(), () -> Files.newInputStream(path));
    }
}
