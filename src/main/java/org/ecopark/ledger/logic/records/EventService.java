package org.ecopark.ledger.logic.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.ParkEvent;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The events the park held or took part in (exhibitions, forums, supply-demand meetings, trainings).
 * Recurring targets count them per year, so the date and the type are required, and a date after today
 * (an event that has not taken place, or a typo for the year) needs an explanation.
 */
public final class EventService extends AuditedRecordService<ParkEvent> {

    public static final String TABLE = "park_event";

    public static final String HELD_ON = "heldOn";
    public static final String TITLE = "title";
    public static final String TYPE_FIELD = "type";
    public static final String INTERNATIONAL = "international";
    public static final String PARTICIPANTS = "participants";
    public static final String LOCATION = "location";
    public static final String NOTE = "note";

    static final RecordType<ParkEvent> TYPE = new RecordType<>(TABLE, ParkEvent.class, ParkEvent::id,
            Repositories::events);

    private static final String LABEL = "records.event.field.";

    public EventService(AuditedWrites writes, DateRules dates) {
        super(writes, TYPE, (repositories, draft) -> check(repositories, draft, dates.today()), EventService::normalise);
    }

    /** The park's events, latest first. */
    public List<ParkEvent> list(long parkId) {
        return writes.read().events().findByPark(parkId);
    }

    public Optional<ParkEvent> find(long id) {
        return writes.read().events().find(id);
    }

    static ParkEvent normalise(ParkEvent e) {
        return new ParkEvent(e.id(), e.parkId(), e.heldOn(), Texts.strip(e.title()), e.type(), e.international(),
                e.participants(), Texts.strip(e.location()), Texts.strip(e.note()));
    }

    static RecordValidation check(Repositories repositories, ParkEvent e, LocalDate today) {
        RecordValidation.Builder v = RecordValidation.builder()
                .required(HELD_ON, e.heldOn(), LABEL + HELD_ON)
                .required(TITLE, e.title(), LABEL + TITLE)
                .maxLength(TITLE, e.title(), 200, LABEL + TITLE)
                .required(TYPE_FIELD, e.type(), LABEL + TYPE_FIELD)
                .maxLength(LOCATION, e.location(), 200, LABEL + LOCATION)
                .maxLength(NOTE, e.note(), 2000, LABEL + NOTE);
        if (e.parkId() <= 0) {
            v.error(TITLE, "records.error.noPark");
        }
        if (e.participants() != null && e.participants() < 0) {
            v.error(PARTICIPANTS, "records.event.negativeParticipants");
        }
        return v.happened(HELD_ON, e.heldOn(), today, LABEL + HELD_ON).build();
    }
}
