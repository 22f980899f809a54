package org.ecopark.ledger.logic.differential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.params.provider.Arguments;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.AuditedWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestReporter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/**
 * Issue #15: every number the clerk sees and sends is the ledger's number. Seeded random sequences of operations over
 * every public write path (the record services' save, delete and undo; workbook and list imports, re-imports with
 * replace; the demo; the generator, also killed or failing part way and run again; transactions that fail and roll
 * back), and after every one of them, applied or refused: every derived table equals its recomputation from the
 * records, and every target's evaluation by the program's long-lived evaluation service equals one computed from the
 * records alone.
 *
 * <p>A failure names the seed, the operation's number and what it did. {@code -Decopark.differential.seeds=7} (or
 * {@code 1-50}, or {@code 3,7,11}) and {@code -Decopark.differential.ops=213} replay a run or make it wider and longer;
 * {@code -Decopark.differential.backends=POSTGRESQL} runs on one database only.
 */
class DerivedDataDifferentialTest {

    private static final String SEEDS = "ecopark.differential.seeds";
    private static final String OPERATIONS = "ecopark.differential.ops";
    private static final String PG_SEEDS = "ecopark.differential.pg.seeds";
    /** The databases to run on: {@code H2,POSTGRESQL} (both) unless told. */
    private static final String BACKENDS = "ecopark.differential.backends";
    /** The suite's runs: a few seeds, each long enough to reach the rare operations. */
    private static final String DEFAULT_SEEDS = "1-3";
    private static final int DEFAULT_OPERATIONS = 500;
    /** The operations before a failing one that its message shows. */
    private static final int CONTEXT = 5;
    private static final String APPLIED = "applied";

    /** The refused writes this test makes by the hundred are each logged with their trace; a failure would drown. */
    private final Logger refusals = (Logger) LoggerFactory.getLogger(AuditedWrites.class);
    private Level refusalsLevel;

    @BeforeEach
    void setUp() {
        I18n.setLocale(I18n.CHINESE); // the workbooks' sheet names and choices are the Chinese template's
        refusalsLevel = refusals.getLevel();
        refusals.setLevel(Level.ERROR);
    }

    @AfterEach
    void tearDown() {
        refusals.setLevel(refusalsLevel);
    }

    /**
     * Each seed on the embedded database; the first also on a PostgreSQL server ({@code ecopark.differential.pg.seeds}
     * says how many), where the triggers that note changes are PL/pgSQL: the same sums must come out of them.
     */
    static Stream<Arguments> runs() {
        long[] all = seeds().toArray();
        int onServer = Integer.getInteger(PG_SEEDS, 1);
        String backends = System.getProperty(BACKENDS, "H2,POSTGRESQL");
        return Stream.concat(Arrays.stream(all).mapToObj(seed -> Arguments.of(Backend.H2, seed)),
                Arrays.stream(all).limit(onServer).mapToObj(seed -> Arguments.of(Backend.POSTGRESQL, seed)))
                .filter(run -> backends.contains(run.get()[0].toString()));
    }

    static LongStream seeds() {
        LongStream.Builder seeds = LongStream.builder();
        for (String part : System.getProperty(SEEDS, DEFAULT_SEEDS).split(",")) {
            String[] range = part.strip().split("-");
            long from = Long.parseLong(range[0].strip());
            long to = range.length > 1 ? Long.parseLong(range[1].strip()) : from;
            LongStream.rangeClosed(from, to).forEach(seeds::add);
        }
        return seeds.build();
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("runs")
    void afterEveryOperationTheDerivedDataAndEveryEvaluationAreWhatTheRecordsGive(Backend backend, long seed,
                                                                                   @TempDir Path folder,
                                                                                   TestReporter reporter) {
        int operations = Integer.getInteger(OPERATIONS, DEFAULT_OPERATIONS);
        Map<String, int[]> tally = new TreeMap<>(); // family -> applied, refused
        Deque<String> latest = new ArrayDeque<>();
        long started = System.nanoTime();
        try (Ledger ledger = new Ledger(seed, folder, backend)) {
            OperationMix mix = new OperationMix(ledger, seed, operations);
            LedgerAgreement agreement = new LedgerAgreement(ledger, seed);
            for (int number = 1; number <= operations; number++) {
                String where = "seed " + seed + ", op " + number;
                Operation operation = build(mix, number, where);
                String outcome = run(operation, where, latest);
                tally.computeIfAbsent(operation.family(), family -> new int[2])[outcome.equals(APPLIED) ? 0 : 1]++;
                String done = operation.description() + " (" + outcome + ")";
                List<String> disagreements;
                try {
                    disagreements = agreement.disagreements();
                } catch (RuntimeException e) {
                    throw new AssertionError(where + ": " + done + " → the check itself failed" + context(latest, seed,
                            number), e);
                }
                if (!disagreements.isEmpty()) {
                    fail(where + ": " + done + " → " + String.join("\n    ", disagreements)
                            + context(latest, seed, number));
                }
                latest.addLast("op " + number + ": " + done);
                if (latest.size() > CONTEXT) {
                    latest.removeFirst();
                }
            }
        }
        int applied = tally.values().stream().mapToInt(counts -> counts[0]).sum();
        reporter.publishEntry(backend + " seed " + seed, operations + " operations, " + applied + " applied, in "
                + (System.nanoTime() - started) / 1_000_000 + " ms; applied/refused: " + describe(tally));
        // a run that had most of its writes refused would prove little about the sums
        assertThat(applied).as("operations applied of %d (seed %d): %s", operations, seed, describe(tally))
                .isGreaterThan(operations / 2);
    }

    private static Operation build(OperationMix mix, int number, String where) {
        try {
            return mix.next(number);
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": choosing the operation failed", e);
        }
    }

    /** Runs the operation: "applied", or "refused: why" for a refusal the operation allows. */
    private static String run(Operation operation, String where, Deque<String> latest) {
        try {
            operation.action().run();
        } catch (Throwable thrown) {
            if (!operation.isRefusal(thrown)) {
                throw new AssertionError(where + ": " + operation.description() + " threw " + thrown
                        + context(latest, null, 0), thrown);
            }
            return "refused: " + thrown.getMessage();
        }
        if (operation.mustBeRefused()) {
            fail(where + ": " + operation.description() + " was applied, but was built to be refused"
                    + context(latest, null, 0));
        }
        return APPLIED;
    }

    /** The operations just before, and how to replay the run up to the failing one. */
    private static String context(Deque<String> latest, Long seed, int number) {
        String before = latest.isEmpty() ? "" : "\n  after:\n    " + String.join("\n    ", latest);
        return seed == null ? before
                : before + "\n  replay: -D" + SEEDS + "=" + seed + " -D" + OPERATIONS + "=" + number;
    }

    private static String describe(Map<String, int[]> tally) {
        StringBuilder text = new StringBuilder();
        tally.forEach((family, counts) -> text.append(family).append(' ').append(counts[0]).append('/')
                .append(counts[1]).append(", "));
        return text.length() == 0 ? "" : text.substring(0, text.length() - 2);
    }
}
