package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EventService;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventsViewModelTest {

    private Database database;
    private RecordServices services;
    private long parkId;
    private EventsViewModel model;

    @BeforeAll
    static void toolkit() throws Exception {
        Fx.start();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        database = RecordFixtures.database("events-vm");
        UnitOfWork unitOfWork = new UnitOfWork(database);
        services = new RecordServices(unitOfWork, "tester", RecordFixtures.DATES);
        parkId = RecordFixtures.addPark(unitOfWork, RecordFixtures.ZZSZ);
        Fx.run(() -> {
            model = new EventsViewModel(services.events(), parkId, UiExecutor.synchronous());
            model.reload();
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void participantsMustBeAWholeNumberAndMayHaveSeparators() {
        fillForum();
        Fx.run(() -> model.participantsProperty().set("两百"));
        assertThat(model.validation().only(EventService.PARTICIPANTS).errors()).singleElement()
                .satisfies(problem -> assertThat(problem.message()).contains("整数"));
        assertThat(model.canSaveProperty().get()).isFalse();

        Fx.run(() -> model.participantsProperty().set("1,200"));
        assertThat(model.validation().isEmpty()).isTrue();
        Fx.run(model::save);

        assertThat(model.records()).singleElement().satisfies(event -> {
            assertThat(event.participants()).isEqualTo(1200);
            assertThat(event.international()).isTrue();
        });
        assertThat(model.messageProperty().get()).isEqualTo("已保存。");
    }

    @Test
    void aDeletedEventComesBackWithUndo() {
        fillForum();
        Fx.run(model::save);
        Fx.run(() -> model.delete(model.records().get(0)));
        assertThat(model.records()).isEmpty();
        assertThat(model.currentProperty().get()).isNull();

        Fx.run(model::undo);

        assertThat(model.records()).singleElement()
                .satisfies(event -> assertThat(event.title()).isEqualTo("第二届中日韩水处理技术交流论坛"));
        assertThat(model.historyValue(EventService.TYPE_FIELD, "FORUM")).isEqualTo("论坛");
        assertThat(model.historyValue(EventService.INTERNATIONAL, "true")).isEqualTo("是");
        assertThat(model.historyValue(EventService.PARK, String.valueOf(parkId))).isEqualTo(RecordFixtures.ZZSZ.name());
    }

    private void fillForum() {
        Fx.run(() -> {
            model.heldOnProperty().set(LocalDate.of(2025, 5, 20));
            model.titleProperty().set("第二届中日韩水处理技术交流论坛");
            model.typeProperty().set(EventType.FORUM);
            model.internationalProperty().set(true);
            model.locationProperty().set("枣庄国际会展中心");
        });
    }
}
