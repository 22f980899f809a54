package org.ecopark.ledger.logic.differential;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.TestServer;
import org.ecopark.ledger.logic.TestLedgers;
import org.ecopark.ledger.logic.records.Problem;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The ledger a differential run writes to, through the services the window and the command line use, with the
 * run's random choices and reads of the current records to choose from. The records are read from the ledger before
 * every choice rather than kept in a model of the test's own: a demo replace or a generator run changes them
 * wholesale, and the ledger is the only truth there is.
 */
final class Ledger implements AutoCloseable {

    /**
     * The parks the record operations mostly write to; their targets measure every kind of derived figure: a STOCK
     * metric's latest sum, a year's sum, a ratio of sums, enterprises over a threshold, full-time staff, granted
     * patents (ZZSZ, JNLS), and enterprises settled (YTLS). The demo loads into ZZSZ.
     */
    static final List<String> PARKS = List.of("ZZSZ", "JNLS", "YTLS");
    /** Nothing later than this is entered: a period ending after today is refused, a later "happened" date warned. */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 30);
    static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    static final String EXPLANATION = "差异测试：已核对原始凭证";
    private static final int REMEMBERED_CHANGES = 24;
    private static final Map<String, String> DIVISIONS = Map.of("ZZSZ", "370402", "JNLS", "370832", "YTLS", "370613");

    /** A change the run may undo later, with the service call that undoes it. */
    record Undoable(String what, RecordChange change, UnaryOperator<RecordChange> undo) {
    }

    private final Database database;
    final Services services;
    final UnitOfWork unitOfWork;
    final Random random;
    final Path folder;
    private final Deque<Undoable> recent = new ArrayDeque<>();
    private int serial;

    Ledger(long seed, Path folder, Backend backend) {
        this.database = backend.open("differential-" + seed);
        this.services = new Services(database);
        this.unitOfWork = TestLedgers.unitOfWork(services);
        this.random = new Random(seed);
        this.folder = folder;
    }

    RecordServices records() {
        return services.records();
    }

    Park park(String code) {
        return services.parks().parks().stream().filter(park -> park.code().equals(code)).findFirst().orElseThrow();
    }

    /** One of the run's own parks. */
    Park ownPark() {
        return park(pick(PARKS));
    }

    List<Enterprise> enterprises(Park park) {
        return records().enterprises().list(park.id());
    }

    /** Every enterprise of every park: the demo's, a generated park's (also one still loading), the run's own. */
    List<Enterprise> everyEnterprise() {
        List<Enterprise> all = new ArrayList<>();
        services.parks().parks().forEach(park -> all.addAll(enterprises(park)));
        return all;
    }

    /** An enterprise of one of the run's parks; now and then one of any park. */
    Optional<Enterprise> someEnterprise() {
        List<Enterprise> candidates = chance(10) ? everyEnterprise() : enterprises(ownPark());
        return candidates.isEmpty() ? Optional.empty() : Optional.of(pick(candidates));
    }

    boolean isLoading(Park park) {
        return unitOfWork.read().parks().isLoading(park.id());
    }

    boolean hasRecords(Park park) {
        return unitOfWork.read().records().parkHasRecords(park.id());
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A day from {@code from} to {@code to}, both included; {@code from} when the range is empty. */
    LocalDate day(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextInt((int) days + 1));
    }

    /** A day of the year, by the last day entered. */
    LocalDate dayIn(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        return day(LocalDate.of(year, 1, 1), end.isAfter(LAST_DAY) ? LAST_DAY : end);
    }

    /** A day from {@code from} (or the last day, when that is earlier) to the last day. */
    LocalDate dayFrom(LocalDate from) {
        return day(from.isAfter(LAST_DAY) ? LAST_DAY : from, LAST_DAY);
    }

    /** An amount with two decimals below {@code max}; now and then zero. */
    BigDecimal amount(int max) {
        return chance(4) ? BigDecimal.ZERO : BigDecimal.valueOf(random.nextInt(max * 100), 2);
    }

    /** A number no other name or code of the run has had. */
    int next() {
        return ++serial;
    }

    /** A valid credit code no enterprise has: the test's own organisation codes (DF…) in the park's district. */
    String uscc(Park park) {
        return RecordFixtures.uscc(DIVISIONS.getOrDefault(park.code(), "370402"), String.format("DF%06d", next()));
    }

    /**
     * A valid patent number applied for in {@code year}: the serials from 4,000,000 lie above the demo's and below
     * the generator's, so the three never collide.
     */
    String patentNumber(int year, PatentType type) {
        int kind = switch (type) {
            case INVENTION -> 1;
            case UTILITY_MODEL -> 2;
            case DESIGN -> 3;
        };
        return "ZL" + RecordFixtures.withCheck(String.format("%d%d%07d", year, kind, 4_000_000 + next()));
    }

    /** A written explanation for every warning of a validation, as a clerk gives them before saving. */
    static Map<String, String> explain(RecordValidation validation) {
        Map<String, String> explanations = new LinkedHashMap<>();
        for (Problem warning : validation.warnings()) {
            explanations.put(warning.key(), EXPLANATION);
        }
        return explanations;
    }

    void remember(String what, RecordChange change, UnaryOperator<RecordChange> undo) {
        recent.addFirst(new Undoable(what, change, undo));
        while (recent.size() > REMEMBERED_CHANGES) {
            recent.removeLast();
        }
    }

    /** One of the latest changes, the latest most often (Ctrl+Z right after a save is the common case). */
    Optional<Undoable> recentChange() {
        if (recent.isEmpty()) {
            return Optional.empty();
        }
        List<Undoable> all = new ArrayList<>(recent);
        return Optional.of(all.get(chance(50) ? 0 : random.nextInt(all.size())));
    }

    void forget(Undoable undone) {
        recent.remove(undone);
    }

    @Override
    public void close() {
        services.close();
        database.server().ifPresent(TestServer::drop);
    }
}
