package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.LedgerChange;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The watch for other writers announces what another connection to the same ledger committed (on PostgreSQL a second
 * {@link Database} on the same server database, as a second clerk's program), once, with the tables it wrote.
 */
class OtherWritersTest {

    private Database watched;
    private Database other;
    private final List<LedgerChange> announced = new CopyOnWriteArrayList<>();

    private void open(Backend backend) {
        watched = backend.open("other-writers");
        other = watched.server().map(server -> Database.openServer(server, TestServer.password())).orElse(watched);
        watched.changes().subscribe(announced::add);
    }

    @AfterEach
    void close() {
        if (other != null && other != watched) {
            other.close();
        }
        Backend.close(watched);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aCommitOfAnotherConnectionIsAnnouncedWithTheTablesItWrote(Backend backend) {
        open(backend);
        OtherWriters watch = new OtherWriters(watched.dsl(), watched.changes());
        announced.clear();

        new AuditRepository(other.dsl()).write("clerk2", "enterprise", "91370100MA3C000001", AuditAction.INSERT, null,
                java.util.Map.of("name", "新泉"));
        if (other != watched) {
            assertThat(announced).as("the other program's commit is not this one's own announcement").isEmpty();
        }
        announced.clear();

        LedgerChange change = watch.look();

        assertThat(change).isNotNull();
        assertThat(change.tables()).containsExactly("audit_log");
        assertThat(announced).containsExactly(change);
        assertThat(change.touches("AUDIT_LOG")).isTrue();
        assertThat(change.touches("rd_staff")).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void nothingIsAnnouncedWhenNothingWasCommittedSinceTheLastLook(Backend backend) {
        open(backend);
        new AuditRepository(other.dsl()).write("clerk2", "standard", "GB/T 1", AuditAction.INSERT, null,
                java.util.Map.of("code", "GB/T 1"));
        OtherWriters watch = new OtherWriters(watched.dsl(), watched.changes());
        announced.clear();

        assertThat(watch.look()).as("what was there when the watch began is not news").isNull();

        new AuditRepository(other.dsl()).write("clerk2", "standard", "GB/T 2", AuditAction.INSERT, null,
                java.util.Map.of("code", "GB/T 2"));
        announced.clear();
        assertThat(watch.look()).isNotNull();
        assertThat(watch.look()).as("each commit is announced once").isNull();
        assertThat(announced).hasSize(1);
    }

    @org.junit.jupiter.api.Test
    void aCommitEndingAfterALaterOneIsStillAnnounced() throws Exception {
        open(Backend.POSTGRESQL);
        OtherWriters watch = new OtherWriters(watched.dsl(), watched.changes());
        try (java.sql.Connection early = TestServer.connect(other.server().orElseThrow())) {
            early.setAutoCommit(false);
            // the early clerk's transaction takes its audit id and stamp first and commits last
            new AuditRepository(DSL.using(early, other.dsl().dialect(), other.dsl().settings())).write("clerk1",
                    "patent", "ZL202310000001.1", AuditAction.INSERT, null, java.util.Map.of("title", "一种方法"));
            new AuditRepository(other.dsl()).write("clerk2", "enterprise", "91370100MA3C000001", AuditAction.INSERT,
                    null, java.util.Map.of("name", "新泉"));
            new ParkRepository(other.dsl()).save(org.ecopark.ledger.logic.records.RecordFixtures.ZZSZ);
            assertThat(watch.look().tables()).containsExactlyInAnyOrder("audit_log", "park");
            early.commit();
        }
        announced.clear();
        assertThat(watch.look()).as("the early clerk's commit").isNotNull()
                .extracting(LedgerChange::tables).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactly("audit_log");
        assertThat(announced).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void closingTheWatchStopsItsThread(Backend backend) {
        open(backend);
        OtherWriters watch = OtherWriters.watch(watched, Duration.ofHours(1));
        assertThat(watch.stopped()).isFalse();

        watch.close();

        assertThat(watch.stopped()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aParkAddedOrChangedWithoutAnAuditRowIsAnnouncedOnPostgresql() {
        open(Backend.POSTGRESQL);
        OtherWriters watch = new OtherWriters(watched.dsl(), watched.changes());

        long park = new ParkRepository(other.dsl()).save(org.ecopark.ledger.logic.records.RecordFixtures.ZZSZ);
        announced.clear();
        LedgerChange added = watch.look();

        assertThat(added.tables()).containsExactly("park");
        assertThat(announced).containsExactly(added);
        assertThat(watch.look()).isNull();

        other.dsl().update(DSL.table(DSL.name("park"))).set(DSL.field(DSL.name("short_name"), String.class), "市中区")
                .where(DSL.field(DSL.name("id"), Long.class).eq(park)).execute();
        assertThat(watch.look().tables()).as("an update, the count unchanged").containsExactly("park");
    }
}
