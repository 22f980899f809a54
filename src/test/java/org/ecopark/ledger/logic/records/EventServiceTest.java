package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.model.ParkEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventServiceTest {

    private ServiceFixture ledger;
    private EventService events;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture("event-service");
        events = ledger.services.events();
    }

    @AfterEach
    void close() {
        ledger.close();
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
    void aDateMoreThanAYearAheadIsAWarningThatNeedsAnExplanation() {
        ParkEvent expo = ProjectFixtures.waterExpo(ledger.parkId);
        LocalDate farAhead = LocalDate.now().plus(EventService.FAR_AHEAD).plusDays(1);
        ParkEvent planned = new ParkEvent(0, expo.parkId(), farAhead, expo.title(), expo.type(), true, null, null, null);

        RecordValidation findings = events.validate(planned);
        assertThat(findings.hasErrors()).isFalse();
        assertThat(findings.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.field()).isEqualTo(EventService.HELD_ON));

        ParkEvent nextYear = new ParkEvent(0, expo.parkId(), LocalDate.now().plusMonths(6), expo.title(), expo.type(),
                true, null, null, null);
        assertThat(events.validate(nextYear).isEmpty()).isTrue();
    }
}
