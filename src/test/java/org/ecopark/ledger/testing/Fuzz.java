package org.ecopark.ledger.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingSupplier;

/**
 * The malformed inputs of the fuzz tests: generated from a seed, so that every run of the suite reads the
 * same corpus and a failing input can be made again from its kind and number. {@code -Decopark.fuzz.scale=N}
 * makes N times as many of each kind for a longer run by hand, {@code -Decopark.fuzz.seed=S} another corpus.
 */
public final class Fuzz {

    public static final long SEED = Long.getLong("ecopark.fuzz.seed", 16L);
    public static final int SCALE = Integer.getInteger("ecopark.fuzz.scale", 1);
    /** A hang guard, not a speed test: every input here is judged in well under a second. */
    public static final Duration PER_INPUT = Duration.ofSeconds(Long.getLong("ecopark.fuzz.seconds", 10));
    /** The longest message a refusal may have: a file name and a sentence, with a few dozen characters quoted. */
    public static final int MAX_MESSAGE = 400;

    /** What a message for the user must not hold: a stack trace, a class name, SQL. */
    private static final List<String> STACK_TRACE_MARKS = List.of("Exception", "Error:", "\tat ", "at java.", "at org.",
            ".java:", "Caused by", "java.", "javax.", "org.apache", "org.ecopark", "com.fasterxml", "org.h2", "org.jooq",
            "`java.", "`com.", "`org.", "SELECT ", "INSERT ", "UPDATE ", "DELETE ", "select ", "insert into", "SQL", "jdbc:");

    private Fuzz() {
    }

    /** One kind of malformed input: how many (before scaling) and how one is made from its own random source. */
    public record Kind<T>(String name, int count, Function<Random, T> make) {
    }

    /** A dynamic test per input of every kind, named by kind and number. */
    public static <T> Stream<DynamicTest> tests(List<Kind<T>> kinds, Checker<T> check) {
        return kinds.stream().flatMap(kind -> IntStream.range(0, kind.count() * SCALE).mapToObj(i ->
                DynamicTest.dynamicTest(kind.name() + " #" + i, () -> check.check(kind, i, kind.make().apply(random(kind.name(), i))))));
    }

    /** A damaged file, and whether it may still be taken (only when nothing the program reads of it changed). */
    public record Damaged(byte[] bytes, boolean mayPass) {

        public static Damaged refused(byte[] bytes) {
            return new Damaged(bytes, false);
        }

        public static Damaged mayPass(byte[] bytes) {
            return new Damaged(bytes, true);
        }
    }

    /** One of the choices, at random. */
    @SafeVarargs
    public static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Judges one input. */
    @FunctionalInterface
    public interface Checker<T> {
        void check(Kind<T> kind, int index, T input) throws Throwable;
    }

    public static int total(List<? extends Kind<?>> kinds) {
        return kinds.stream().mapToInt(Kind::count).sum() * SCALE;
    }

    public static Random random(String kind, int index) {
        return new Random(SEED * 1_000_003L + kind.hashCode() * 7_919L + index);
    }

    /** A refusal as the user reads it: a sentence, bounded, with nothing of a stack trace in it. */
    public static void assertPlainMessage(String message) {
        assertThat(message).as("refusal message").isNotBlank().hasSizeLessThanOrEqualTo(MAX_MESSAGE);
        for (String mark : STACK_TRACE_MARKS) {
            assertThat(message).as("refusal message").doesNotContain(mark);
        }
    }

    /**
     * Judges one input within the time bound ({@link #PER_INPUT}); what was logged meanwhile must hold no
     * error and no stack trace, and is handed back with the outcome.
     */
    public static <R> Judged<R> judge(LogCapture log, ThrowingSupplier<R> work) {
        int mark = log.mark();
        R outcome = assertTimeoutPreemptively(PER_INPUT, work);
        List<ILoggingEvent> events = log.since(mark);
        LogCapture.assertNoErrorNorStackTrace(events);
        return new Judged<>(outcome, events);
    }

    /** The outcome of judging one input, and what the program logged meanwhile. */
    public record Judged<R>(R outcome, List<ILoggingEvent> events) {

        /** Some line logged at INFO holds every one of the texts (a refusal logged with its reason). */
        public void assertLoggedAsInfo(String... texts) {
            assertThat(events).as("logged").anySatisfy(event -> {
                assertThat(event.getLevel()).isEqualTo(Level.INFO);
                assertThat(event.getFormattedMessage()).contains(texts);
            });
        }
    }

    /** The bytes with 1 to 8 bits flipped at random places. */
    public static byte[] flip(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
    }

    /** The bytes cut short somewhere, possibly to nothing. */
    public static byte[] truncate(byte[] bytes, Random random) {
        return Arrays.copyOf(bytes, random.nextInt(bytes.length));
    }

    /** Random bytes, sometimes behind the signature of a zip or of an old Office file. */
    public static byte[] garbage(Random random) {
        byte[] bytes = new byte[random.nextInt(4096)];
        random.nextBytes(bytes);
        byte[][] magics = {{}, {'P', 'K', 3, 4}, {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1}, {'P', 'K', 5, 6}};
        byte[] magic = magics[random.nextInt(magics.length)];
        System.arraycopy(magic, 0, bytes, 0, Math.min(magic.length, bytes.length));
        return bytes;
    }

    /** Text that compresses poorly (random CJK characters), so that a long one is not taken for a zip bomb. */
    public static String incompressible(Random random, int length) {
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append((char) (0x4e00 + random.nextInt(0x5000)));
        }
        return text.toString();
    }

    /** A number as text that no figure of the ledger may be: too large, too precise, too long or no number at all. */
    public static String badNumber(Random random) {
        return switch (random.nextInt(12)) {
            case 0 -> "1e" + (17 + random.nextInt(Integer.MAX_VALUE - 17));
            case 1 -> "1E+" + (Integer.MAX_VALUE - random.nextInt(3));
            case 2 -> "1e-" + (5 + random.nextInt(Integer.MAX_VALUE - 5));
            case 3 -> "9".repeat(17 + random.nextInt(30_000));
            case 4 -> "0." + "0".repeat(4 + random.nextInt(200)) + (1 + random.nextInt(9));
            case 5 -> "1e" + (random.nextBoolean() ? "" : "+") + "2147483648" + random.nextInt(1000);
            case 6 -> List.of("NaN", "Infinity", "-Infinity", "1e", "--1", "0x10", "1,000", "١٢٣", "1_000", ".5", "5.", "+",
                    "1e+", "e5", "1.2.3", "１２３", "1 000").get(random.nextInt(17));
            case 7 -> random.nextInt(1000) + "." + String.valueOf(random.nextInt(1_000_000) + 1_000_000).substring(1)
                    + (1 + random.nextInt(9));
            case 8 -> "12345678901234567" + "0".repeat(random.nextInt(50)) + (random.nextBoolean() ? ".5" : "");
            case 9 -> "1" + "0".repeat(random.nextInt(100)) + "e" + (16 + random.nextInt(100));
            case 10 -> "-" + (1 + random.nextInt(1_000_000)); // a figure of the ledger is never negative
            default -> "0.00001e-" + random.nextInt(Integer.MAX_VALUE);
        };
    }

    /** A date cell's content that is no date the ledger may hold, as a day number or as text. */
    public static Object badDate(Random random) {
        List<Object> choices = new ArrayList<>(List.of(
                -(double) random.nextInt(1_000_000), 0.0, 0.5, 73_416.0 + random.nextInt(10_000_000), 99_999_999.0,
                1e15, "2025-02-30", "2025-13-01", "0000-01-01", "9999-12-31", "2101-01-01", "1899-12-31",
                "+275690-01-01", "2025年2月30日", "2025/0/1", "20250101", "2025-1-1T00:00", "明年", "1e999999999",
                "9".repeat(1 + random.nextInt(40)) + "-01-01", "2025-02-29"));
        return choices.get(random.nextInt(choices.size()));
    }

    /** Document types that attempt what a workbook's XML must never do, and a reference to their entity. */
    public static String[] entity(Random random) {
        String laughs = "<!DOCTYPE x [<!ENTITY a \"lollollollollollollollollollol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";
        String quadratic = "<!DOCTYPE x [<!ENTITY i \"" + "x".repeat(50_000) + "\">]>";
        String[][] doctypes = {
            {"<!DOCTYPE x [<!ENTITY i SYSTEM \"file:///etc/passwd\">]>", "&i;"},
            {"<!DOCTYPE x [<!ENTITY i SYSTEM \"http://127.0.0.1:9/xxe\">]>", "&i;"},
            {"<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://127.0.0.1:9/p.dtd\"> %p;]>", "4200"},
            {"<!DOCTYPE x SYSTEM \"http://127.0.0.1:9/x.dtd\">", "4200"},
            {laughs, "&i;"},
            {quadratic, "&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;&i;"},
            {"<!DOCTYPE x [<!ENTITY i \"4200\">]>", "&i;"},
        };
        return doctypes[random.nextInt(doctypes.length)];
    }

    /** Puts a document type after the XML declaration (or at the start) of a part's text. */
    public static String withDoctype(String xml, String doctype) {
        int declaration = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, declaration) + doctype + xml.substring(declaration);
    }
}
