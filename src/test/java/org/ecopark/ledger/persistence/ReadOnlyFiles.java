package org.ecopark.ledger.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a file or folder read-only for real, where this machine allows it. Taking the write permission away is enough
 * for an ordinary user, but not for root, whom permissions do not stop (tests often run as root in containers): there
 * the immutable attribute ({@code chattr +i}) is tried, which stops root too but needs a file system that has it and
 * the capability to set it. Whether it worked is checked, not assumed; a test that finds it did not falls back to
 * {@link FaultyDisk}. {@link #restore()} undoes everything, so the test's folder can be removed.
 */
public final class ReadOnlyFiles implements AutoCloseable {

    private final List<Path> immutable = new ArrayList<>();
    private final List<Path> unwritable = new ArrayList<>();

    /** Makes {@code path} read-only; true when a write to it is now refused, as the system reports it. */
    public boolean makeReadOnly(Path path) {
        if (path.toFile().setWritable(false, false)) {
            unwritable.add(path);
        }
        if (!Files.isWritable(path)) {
            return true;
        }
        if (run("chattr", "+i", path.toString())) {
            immutable.add(path);
        }
        return !Files.isWritable(path);
    }

    /** How {@code path} was made read-only, for the test's report. */
    public String how(Path path) {
        return immutable.contains(path) ? "immutable attribute (chattr +i)" : "write permission removed";
    }

    public void restore() {
        immutable.forEach(path -> run("chattr", "-i", path.toString()));
        unwritable.forEach(path -> path.toFile().setWritable(true, true));
        immutable.clear();
        unwritable.clear();
    }

    @Override
    public void close() {
        restore();
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false; // no chattr on this system
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
