package org.ecopark.ledger.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** What a folder holds, for tests that check a failure left nothing beside a ledger. */
public final class Folders {

    private Folders() {
    }

    /** The names of the files and folders in {@code folder}, sorted. */
    public static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
