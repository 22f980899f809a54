package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.DerivedDataCheck;
import org.ecopark.ledger.persistence.TestServer;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two clerks writing at the same moment (issue 21), each through an {@link AuditedWrites} of their own on a thread of
 * their own; on PostgreSQL each logged in as a database user of their own, which the audit log then names. Their
 * figures for one park, committed at once, leave park sums equal to a recomputation from the figures; two saves of
 * one record at once end with the later refused, never with the earlier overwritten.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class TwoClerksAtOnceTest {

    private static final StatPeriod PERIOD = StatPeriod.quarter(2024, 1);
    private static final String METRIC = "OUTPUT_VALUE";
    private static final String PASSWORD = "clerk-pass";

    @Parameter
    private Backend backend;
    private Database database;
    private final List<Database> clerkDatabases = new ArrayList<>();
    private final List<String> roles = new ArrayList<>();
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    /** Both clerks' transactions wait here, inside their transactions, until the other has arrived too. */
    private final CyclicBarrier together = new CyclicBarrier(2);
    private Clerk clerkA;
    private Clerk clerkB;
    private long parkId;
    private Enterprise xinquan;
    private Enterprise qingyuan;

    /** A clerk's services, on a connection of their own; their checks meet the other clerk's when {@link #meet}. */
    private record Clerk(String user, RecordServices services, MeetingClock clock) {
    }

    @BeforeEach
    void ledger() {
        database = backend.open("clerks");
        UnitOfWork owner = new UnitOfWork(database);
        parkId = RecordFixtures.addPark(owner, RecordFixtures.ZZSZ);
        clerkA = clerk("clerk_a");
        clerkB = clerk("clerk_b");
        xinquan = clerkA.services().enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        qingyuan = clerkB.services().enterprises().save(RecordFixtures.qingyuan(parkId), Map.of()).record();
    }

    /**
     * A clerk: on PostgreSQL a login role of their own (named after this JVM, as the tests' databases are), granted
     * the ledger's tables, with the ledger opened as that role; on H2 services of their own on the one database.
     */
    private Clerk clerk(String name) {
        MeetingClock clock = new MeetingClock(together);
        if (database.server().isEmpty()) {
            return new Clerk(name, new RecordServices(new UnitOfWork(database), name, new DateRules(clock)), clock);
        }
        ServerAddress ledger = database.server().get();
        String role = name + "_" + ProcessHandle.current().pid();
        TestServer.execute(ledger, "DROP ROLE IF EXISTS " + role);
        TestServer.execute(ledger, "CREATE ROLE " + role + " LOGIN PASSWORD '" + PASSWORD + "'");
        roles.add(role);
        // the tests' user may then end the clerk's sessions when it drops the database
        TestServer.execute(ledger, "GRANT " + role + " TO " + ledger.user());
        // a clerk's rights as the README's recipe for an office server grants them: the records, not the schema
        TestServer.execute(ledger, "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO " + role);
        TestServer.execute(ledger, "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO " + role);
        Database asClerk = Database.openServer(new ServerAddress(ledger.host(), ledger.port(), ledger.database(), role),
                PASSWORD.toCharArray());
        clerkDatabases.add(asClerk);
        String user = AuditedWrites.userOf(asClerk);
        return new Clerk(user, new RecordServices(new UnitOfWork(asClerk), user, new DateRules(clock)), clock);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        clerkDatabases.forEach(Database::close);
        if (database == null) {
            return; // skipped: no PostgreSQL server is configured (TestServer)
        }
        // the database is emptied and used again by the next test: the clerks' rights in it go with the clerks
        database.server().ifPresent(ledger -> roles.forEach(role -> TestServer.execute(ledger, "DROP OWNED BY " + role)));
        Backend.close(database);
        roles.forEach(role -> TestServer.execute(TestServer.require(), "DROP ROLE IF EXISTS " + role));
    }

    @Test
    void figuresOfOneParkCommittedAtOnceLeaveItsSumsEqualToARecomputation() throws Exception {
        assertThat(clerkA.user()).isNotEqualTo(clerkB.user());
        for (int round = 1; round <= 4; round++) {
            BigDecimal a = BigDecimal.valueOf(100L * round + 1);
            BigDecimal b = BigDecimal.valueOf(10L * round + 7);
            clerkA.clock().meetOnce();
            clerkB.clock().meetOnce();
            Future<?> first = threads.submit(() -> clerkA.services().statistics().save(xinquan.id(), PERIOD,
                    Map.of(METRIC, a), Map.of()));
            Future<?> second = threads.submit(() -> clerkB.services().statistics().save(qingyuan.id(), PERIOD,
                    Map.of(METRIC, b), Map.of()));
            first.get(1, TimeUnit.MINUTES);
            second.get(1, TimeUnit.MINUTES);

            assertThat(new DerivedDataCheck(database.dsl()).differences()).as("round %d", round).isEmpty();
            assertThat(figure(xinquan)).isEqualByComparingTo(a);
            assertThat(figure(qingyuan)).isEqualByComparingTo(b);
        }
        assertThat(clerkA.services().statistics().history(xinquan.id(), PERIOD)).extracting(HistoryEntry::changedBy)
                .containsOnly(clerkA.user());
        assertThat(clerkA.services().statistics().history(qingyuan.id(), PERIOD)).extracting(HistoryEntry::changedBy)
                .containsOnly(clerkB.user());
        assertThat(clerkA.services().enterprises().history(xinquan.id())).extracting(HistoryEntry::changedBy)
                .containsExactly(clerkA.user());
    }

    /**
     * Clerk A's save is under way (the record updated, not yet committed) when clerk B saves the same record from the
     * same loaded state: B waits for A's row lock and, A committed, is refused naming A. Without the lock B would
     * find the record as loaded, wait only at its own update and then overwrite A's change.
     */
    @Test
    void theLaterOfTwoSavesOfOneRecordAtOnceWaitsForTheEarlierAndIsRefused() throws Exception {
        Enterprise loaded = clerkB.services().enterprises().find(xinquan.id()).orElseThrow();
        Enterprise byA = RecordFixtures.withNote(loaded, "甲填写");
        Enterprise byB = RecordFixtures.withNote(loaded, "乙填写");
        CompletableFuture<Object> bSaved = new CompletableFuture<>();
        clerkA.services().writes().inTransaction(tx -> {
            var enterprises = tx.repositories().enterprises();
            Enterprise old = tx.lockUnchanged(EnterpriseService.TABLE, enterprises, loaded.id(), loaded);
            enterprises.update(byA);
            tx.updated(EnterpriseService.TABLE, loaded.id(), old, enterprises.find(loaded.id()).orElseThrow());
            threads.submit(() -> {
                try {
                    bSaved.complete(clerkB.services().enterprises().save(byB, loaded, Map.of()));
                } catch (RuntimeException e) {
                    bSaved.complete(e);
                }
            });
            while (!waitingForALock() && !bSaved.isDone()) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
            }
            assertThat(bSaved).as("B's save waits for A's transaction").isNotDone();
            return null;
        });

        assertThat(bSaved.get(1, TimeUnit.MINUTES)).isInstanceOfSatisfying(RecordConflictException.class,
                refused -> assertThat(refused.changedBy()).isEqualTo(clerkA.user()));
        assertThat(clerkA.services().enterprises().find(loaded.id()).orElseThrow().note()).isEqualTo("甲填写");
    }

    /** Whether a session of the ledger waits for a lock another holds. */
    private boolean waitingForALock() {
        String query = database.server().isPresent()
                ? "select count(*) from pg_locks where not granted"
                        + " and pid in (select pid from pg_stat_activity where datname = current_database())"
                : "select count(*) from information_schema.sessions where blocker_id is not null";
        return database.dsl().fetchOne(query).get(0, Long.class) > 0;
    }

    private BigDecimal figure(Enterprise enterprise) {
        return StatisticsService.valuesOf(clerkA.services().statistics().sheet(enterprise.id(), PERIOD)).get(METRIC);
    }

    /**
     * The clerks' "today": fixed, and once armed, the next reading of it (the check of a save, inside its transaction)
     * waits until the other clerk's check reads theirs, so that both transactions write and commit at the same moment.
     */
    private static final class MeetingClock extends Clock {

        private final CyclicBarrier barrier;
        private final Clock fixed = RecordFixtures.CLOCK;
        private volatile boolean armed;

        MeetingClock(CyclicBarrier barrier) {
            this.barrier = barrier;
        }

        void meetOnce() {
            armed = true;
        }

        @Override
        public Instant instant() {
            if (armed) {
                armed = false;
                try {
                    barrier.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException | BrokenBarrierException | java.util.concurrent.TimeoutException e) {
                    throw new IllegalStateException("The other clerk never came", e);
                }
            }
            return fixed.instant();
        }

        @Override
        public ZoneId getZone() {
            return fixed.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }
}
