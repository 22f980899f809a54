package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.LedgerChange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** A commit that wrote is announced once, after it, with its tables; reads and rolled-back work are not. */
@ParameterizedClass
@EnumSource(Backend.class)
class LedgerChangesTest {

    @Parameter
    private Backend backend;

    private Database database;
    private UnitOfWork unitOfWork;
    private final List<LedgerChange> announced = new CopyOnWriteArrayList<>();
    private long parkId;

    @BeforeEach
    void open() {
        database = backend.open("ledger-changes");
        unitOfWork = new UnitOfWork(database);
        parkId = new ParkRepository(database.dsl()).save(RecordFixtures.ZZSZ);
        unitOfWork.changes().subscribe(announced::add);
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void aCommittedWriteIsAnnouncedOnceWithItsTables() {
        unitOfWork.inTransaction(repositories -> {
            repositories.enterprises().insert(RecordFixtures.xinquan(parkId));
            assertThat(announced).as("nothing before the commit").isEmpty();
            return null;
        });

        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).tables()).contains("enterprise", "enterprise_title");
        assertThat(announced.get(0).touches("ENTERPRISE")).isTrue();
        assertThat(announced.get(0).touches("patent")).isFalse();
    }

    @Test
    void aTransactionThatOnlyReadsIsNotAnnounced() {
        unitOfWork.inTransaction(repositories -> repositories.enterprises().findByPark(parkId));

        assertThat(announced).isEmpty();
    }

    @Test
    void aRolledBackTransactionIsNotAnnounced() {
        assertThatThrownBy(() -> unitOfWork.inTransaction(repositories -> {
            repositories.enterprises().insert(RecordFixtures.xinquan(parkId));
            throw new IllegalStateException("refused");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(announced).isEmpty();
    }

    @Test
    void aWriteOutsideAnyTransactionIsAnnouncedAtOnce() {
        unitOfWork.read().settings().put("some.key", "value");

        assertThat(announced).extracting(LedgerChange::tables).containsExactly(Set.of("app_setting"));
    }

    @Test
    void workStartedInsideAnotherIsAnnouncedWithTheOuterCommit() {
        unitOfWork.inTransaction(outer -> {
            unitOfWork.inTransaction(inner -> inner.enterprises().insert(RecordFixtures.xinquan(parkId)));
            assertThat(announced).isEmpty();
            outer.settings().put("some.key", "value");
            return null;
        });

        assertThat(announced).hasSize(1);
        assertThat(announced.get(0).tables()).contains("enterprise", "app_setting");
    }

    @Test
    void aFailingListenerDoesNotKeepTheOthersUninformed() {
        List<LedgerChange> second = new CopyOnWriteArrayList<>();
        unitOfWork.changes().subscribe(change -> {
            throw new IllegalStateException("a broken screen");
        });
        unitOfWork.changes().subscribe(second::add);

        unitOfWork.inTransaction(repositories -> repositories.enterprises().insert(RecordFixtures.xinquan(parkId)));

        assertThat(announced).hasSize(1);
        assertThat(second).hasSize(1);
    }

    @Test
    void anUnsubscribedListenerHearsNothingMore() {
        List<LedgerChange> heard = new CopyOnWriteArrayList<>();
        Runnable stop = unitOfWork.changes().subscribe(heard::add);
        stop.run();

        unitOfWork.inTransaction(repositories -> repositories.enterprises().insert(RecordFixtures.xinquan(parkId)));

        assertThat(heard).isEmpty();
        assertThat(announced).hasSize(1);
    }
}
