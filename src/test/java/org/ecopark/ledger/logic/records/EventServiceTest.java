package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.model.ParkEvent;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class EventServiceTest {

    @Parameter
    private Backend backend;

    private ServiceFixture ledger;
    private EventService events;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "event-service");
        events = ledger.services.events();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void anEventIsSavedTrimmedAndAuditedAndItsDeleteCanBeUndone() {
        ParkEvent expo = ProjectFixtures.waterExpo(ledger.parkId);
        ParkEvent typed = new ParkEvent(0, expo.parkId(), expo.heldOn(), "  " + expo.title() + " ", expo.type(),
                expo.international(), expo.participants(), expo.location(), "  ");

        ParkEvent saved = events.save(typed, Map.of()).record();
        assertThat(saved).isEqualTo(expo.withId(saved.id()));

        RecordChange deleted = events.delete(saved.id());
        assertThat(events.list(ledger.parkId)).isEmpty();
        events.undo(deleted);
        assertThat(events.find(saved.id())).contains(saved);
        assertThat(ledger.auditRows(EventService.TABLE)).isEqualTo(3);
    }

    @Test
    void negativeParticipantsAndAnEmptyTitleAreErrors() {
        ParkEvent draft = new ParkEvent(0, ledger.parkId, LocalDate.of(2024, 5, 8), " ", EventType.TRAINING, false, -3,
                null, null);

        RecordValidation findings = events.validate(draft);

        assertThat(findings.errors()).extracting(Problem::field)
                .containsExactlyInAnyOrder(EventService.TITLE, EventService.PARTICIPANTS);
        assertThatThrownBy(() -> events.save(draft, Map.of())).isInstanceOf(RecordRejectedException.class);
        assertThat(ledger.auditRows(EventService.TABLE)).isZero();
    }

    @Test
    void anEventDatedAfterTodayHasNotTakenPlaceAndNeedsAnExplanation() {
        ParkEvent expo = ProjectFixtures.waterExpo(ledger.parkId);
        ParkEvent tomorrow = new ParkEvent(0, expo.parkId(), RecordFixtures.TODAY.plusDays(1), expo.title(), expo.type(),
                true, null, null, null);

        RecordValidation findings = events.validate(tomorrow);
        assertThat(findings.hasErrors()).isFalse();
        assertThat(findings.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo(EventService.HELD_ON);
            assertThat(warning.message()).isEqualTo(
                    "举办日期 2026-12-07 晚于今天（2026-12-06）：台账只登记已经发生的事，请核对年份；如确需提前登记，请说明原因。");
        });
        assertThatThrownBy(() -> events.save(tomorrow, Map.of())).isInstanceOf(RecordRejectedException.class);
        String key = findings.warnings().get(0).key();
        ParkEvent saved = events.save(tomorrow, Map.of(key, "开幕式已定，提前登记以便报送")).record();
        assertThat(events.explanations(saved.id())).containsEntry(key, "开幕式已定，提前登记以便报送");

        ParkEvent today = new ParkEvent(0, expo.parkId(), RecordFixtures.TODAY, expo.title(), expo.type(), true, null,
                null, null);
        assertThat(events.validate(today).isEmpty()).isTrue();
    }
}
