package org.ecopark.ledger.logic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a child JVM on the tests' class path and kills it with SIGKILL ({@link ProcessHandle#destroyForcibly()} on
 * Linux) at a planned moment, as a crash, the task manager or a power-button press ends the program: no
 * shutdown hook, no {@code finally} and no close of the database runs. The child acknowledges what it did by
 * printing lines to stdout, as the program tells its user; only complete lines count, and every one printed
 * before the kill is read back.
 */
public final class CrashHarness {

    /** {@code -Decopark.kills=N}: N kills per test instead of the suite's default, for a longer manual run. */
    public static final String KILLS_PROPERTY = "ecopark.kills";
    /** {@code -Decopark.kills.seed=S}: another sequence of kill moments. */
    public static final String SEED_PROPERTY = "ecopark.kills.seed";
    /** The exit value of a process ended by SIGKILL (128 + 9). */
    private static final int KILLED = 137;
    /** A child that prints nothing for this long is stuck; it is killed and the run fails. */
    private static final Duration GUARD = Duration.ofSeconds(90);

    private CrashHarness() {
    }

    /** How many kills a test makes: its share of the suite unless {@value #KILLS_PROPERTY} says otherwise. */
    public static int kills(int suiteDefault) {
        return Integer.getInteger(KILLS_PROPERTY, suiteDefault);
    }

    /** The random source of the kill moments; the seed is in every failure message, so a failure can be replayed. */
    public static long seed(long suiteDefault) {
        return Long.getLong(SEED_PROPERTY, suiteDefault);
    }

    /**
     * When the child is killed: once {@code count} lines holding {@code marker} were read (with a count of 0,
     * counted from the start of the process), after {@code delay}.
     */
    public record Moment(String marker, int count, Duration delay) {

        public static Moment afterStart(Duration delay) {
            return new Moment("", 0, delay);
        }

        public static Moment after(String marker, int count, Duration delay) {
            if (count < 1) {
                throw new IllegalArgumentException("count a line at least once, or use afterStart");
            }
            return new Moment(marker, count, delay);
        }

        /** A delay from 0 up to {@code maxMillis}, in microseconds, so that a kill can land anywhere in a short step. */
        public static Duration anyDelay(Random random, long maxMillis) {
            return Duration.ofNanos(TimeUnit.MICROSECONDS.toNanos(random.nextLong(maxMillis * 1000 + 1)));
        }

        @Override
        public String toString() {
            String after = count == 0 ? "the start" : "line " + count + " '" + marker + "…'";
            return delay.toNanos() / 1000 / 1000.0 + " ms after " + after;
        }
    }

    /**
     * What a child printed and how it ended.
     *
     * @param arrivals when each line was read, in milliseconds since the child was started
     * @param killed   whether the kill ended it; otherwise it ended by itself, with {@code exitCode}
     * @param partial  the text of a line the kill cut short, empty when none was
     */
    public record Run(Moment moment, List<String> lines, List<Long> arrivals, boolean killed, int exitCode, String partial,
                      Path log) {

        public List<String> startingWith(String prefix) {
            return lines.stream().filter(line -> line.startsWith(prefix)).toList();
        }

        public List<String> containing(String text) {
            return lines.stream().filter(line -> line.contains(text)).toList();
        }

        /** When the first line starting with {@code prefix} was read, in milliseconds since the start; -1 if none was. */
        public long arrival(String prefix) {
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith(prefix)) {
                    return arrivals.get(i);
                }
            }
            return -1;
        }

        public boolean printed(String line) {
            return lines.contains(line);
        }

        /** The child's stderr, for a failure message. */
        public String logTail() {
            try {
                String text = Files.readString(log, StandardCharsets.UTF_8);
                return text.length() > 4000 ? text.substring(text.length() - 4000) : text;
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }
    }

    /**
     * Starts {@code mainClass} with {@code args} in a JVM of its own and kills it at {@code moment}; returns once
     * it is gone and all it printed is read.
     *
     * @param environment added to this JVM's environment
     * @param log         where the child's stderr goes
     */
    public static Run run(String mainClass, List<String> args, Map<String, String> environment, Moment moment, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // a quicker start; neither changes what reaches the disk when
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "-Djava.awt.headless=true", "-Duser.language=zh", "-Duser.country=CN",
                "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
        builder.environment().putAll(environment);
        long startedAt = System.nanoTime();
        Process process = builder.start();
        process.getOutputStream().close();
        AtomicBoolean stuck = new AtomicBoolean();
        Thread guard = new Thread(() -> {
            try {
                if (!process.waitFor(GUARD.toMillis(), TimeUnit.MILLISECONDS)) {
                    stuck.set(true);
                    kill(process);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "kill-guard");
        guard.setDaemon(true);
        guard.start();
        Lines lines = new Lines(process.getInputStream(), startedAt);
        if (moment.count() == 0) {
            pauseUntil(startedAt + moment.delay().toNanos());
            kill(process);
        } else {
            int seen = 0;
            for (String line = lines.next(); line != null; line = lines.next()) {
                if (line.contains(moment.marker()) && ++seen == moment.count()) {
                    pauseUntil(System.nanoTime() + moment.delay().toNanos());
                    kill(process);
                    break;
                }
            }
        }
        while (lines.next() != null) {
            // the rest of what it printed before it died
        }
        int exitCode = process.waitFor();
        guard.interrupt();
        if (stuck.get()) {
            throw new IllegalStateException("The child printed nothing for " + GUARD + " and was stopped; see " + log);
        }
        return new Run(moment, List.copyOf(lines.complete), List.copyOf(lines.arrivals), exitCode == KILLED, exitCode,
                lines.partial(), log);
    }

    /**
     * SIGKILL on Linux, through the process handle: {@link Process#destroyForcibly()} sends the same signal but
     * also closes the pipe, and the lines the child printed just before it died would be lost unread.
     */
    private static void kill(Process process) {
        process.toHandle().destroyForcibly();
    }

    /** Waits without {@code Thread.sleep}'s millisecond grain: a kill may land anywhere in a step of a millisecond. */
    private static void pauseUntil(long deadlineNanos) {
        for (long left = deadlineNanos - System.nanoTime(); left > 0; left = deadlineNanos - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    /** The child's stdout as UTF-8 lines; a line without its line break at the end is kept apart. */
    private static final class Lines {
        private final InputStream in;
        private final long startedAt;
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();
        private final List<String> complete = new ArrayList<>();
        private final List<Long> arrivals = new ArrayList<>();

        Lines(InputStream in, long startedAt) {
            this.in = in;
            this.startedAt = startedAt;
        }

        /** The next complete line, or null at the end. */
        String next() throws IOException {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b == '\n') {
                    String line = current.toString(StandardCharsets.UTF_8).stripTrailing();
                    current.reset();
                    complete.add(line);
                    arrivals.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
                    return line;
                }
                current.write(b);
            }
            return null;
        }

        String partial() {
            return current.toString(StandardCharsets.UTF_8);
        }
    }
}
