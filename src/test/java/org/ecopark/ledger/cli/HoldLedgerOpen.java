package org.ecopark.ledger.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.persistence.Database;

/**
 * Another program holding a ledger open, as a window does: a JVM of its own (within one JVM, H2 shares an open file
 * instead of refusing it). It says "open" once it holds the file and lets it go when its input closes.
 */
final class HoldLedgerOpen implements AutoCloseable {

    private static final String OPEN = "open";

    private final Process process;

    private HoldLedgerOpen(Process process) {
        this.process = process;
    }

    static HoldLedgerOpen start(Path ledger) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), HoldLedgerOpen.class.getName(),
                ledger.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = said.readLine(); !OPEN.equals(line); line = said.readLine()) {
            if (line == null) {
                throw new IllegalStateException("The ledger holder ended before it held the ledger");
            }
        }
        return new HoldLedgerOpen(process);
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static void main(String[] args) throws IOException {
        try (Database database = Database.open(Path.of(args[0]))) {
            System.out.println(OPEN);
            System.out.flush();
            while (System.in.read() != -1) {
                // holds the file until its input closes
            }
        }
    }
}
