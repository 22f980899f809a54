package org.ecopark.ledger.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Named pipes for the tests of files that are no regular files: reading one blocks until someone writes. */
public final class NamedPipes {

    private NamedPipes() {
    }

    /** Makes a named pipe at {@code path}; false where the system has no {@code mkfifo} (Windows). */
    public static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).start().waitFor() == 0 && Files.exists(path);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
