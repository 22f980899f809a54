package org.ecopark.ledger.logic.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Where the demo's CSV files come from: the copy inside the program, or a folder the user edited. */
public interface DemoSource {

    /** The classpath folder of the demo that ships in the jar (the same files as {@code sample-data/}). */
    String BUNDLED_FOLDER = "/demo/zaozhuang-shizhong/";

    /** Opens one file by name; throws {@link NoSuchFileException} when it is not there. */
    InputStream open(String fileName) throws IOException;

    /** The demo inside the program. */
    static DemoSource bundled() {
        return fileName -> {
            InputStream in = DemoSource.class.getResourceAsStream(BUNDLED_FOLDER + fileName);
            if (in == null) {
                throw new NoSuchFileException(BUNDLED_FOLDER + fileName);
            }
            return in;
        };
    }

    /** A folder holding the same files, e.g. an edited copy of {@code sample-data/zaozhuang-shizhong}. */
    static DemoSource directory(Path folder) {
        return fileName -> Files.newInputStream(folder.resolve(fileName));
    }
}
