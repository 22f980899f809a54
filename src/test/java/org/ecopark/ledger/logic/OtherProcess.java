package org.ecopark.ledger.logic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A second program holding a ledger open, in a process of its own as a second window or command would: the file's
 * lock is per process, so only another process shows what a user meets. It opens the ledger as a window (listening for
 * calls to come forward, which it answers by printing a line) or as a command, says so on its output, and closes the
 * ledger when its input ends.
 */
public final class OtherProcess implements AutoCloseable {

    public static final String OPEN = "open";
    public static final String CALLED = "called";

    private final Process process;
    private final BufferedReader out;

    private OtherProcess(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (!OPEN.equals(line)) {
            process.destroy();
            throw new IOException("The other process did not open the ledger: " + line);
        }
    }

    /** Starts a process that holds {@code ledger} open as a window, or as the command {@code command} when not null. */
    public static OtherProcess holding(Path ledger, String command) throws IOException {
        List<String> args = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                OtherProcess.class.getName(), ledger.toString()));
        if (command != null) {
            args.add(command);
        }
        return new OtherProcess(new ProcessBuilder(args).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    public long pid() {
        return process.pid();
    }

    /** Waits for the next line the process prints: {@link #CALLED} when its window was asked to come forward. */
    public String nextLine() throws IOException {
        return out.readLine();
    }

    @Override
    public void close() throws Exception {
        process.getOutputStream().close();
        process.waitFor();
    }

    public static void main(String[] args) throws Exception {
        Path ledger = Path.of(args[0]);
        try (WindowCalls calls = WindowCalls.listen(() -> {
            System.out.println(CALLED);
            System.out.flush();
        }); Services services = Services.open(ledger, null,
                args.length > 1 ? LedgerHolder.command(args[1]) : LedgerHolder.window(calls))) {
            System.out.println(OPEN);
            System.out.flush();
            while (System.in.read() >= 0) {
                // holds the ledger until the test closes the input
            }
        }
    }
}
