package org.ecopark.ledger.gui.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EventService;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.model.ParkEvent;

/** The park's events and the form of one; the participants are typed as text and must be a whole number. */
public final class EventsViewModel extends RecordEditorModel<ParkEvent> {

    public static final String FIELD_PREFIX = "records.event.field.";
    static final String TYPE_LABEL = "submission.code.eventType.";

    private final EventService events;
    private final long parkId;

    private final ObjectProperty<LocalDate> heldOn = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<EventType> type = new SimpleObjectProperty<>();
    private final BooleanProperty international = new SimpleBooleanProperty(false);
    private final StringProperty participants = new SimpleStringProperty("");
    private final StringProperty location = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    public EventsViewModel(EventService events, long parkId, UiExecutor executor) {
        super(executor);
        this.events = events;
        this.parkId = parkId;
        watch(heldOn, title, type, international, participants, location, note);
        newRecord();
    }

    @Override
    protected List<ParkEvent> fetch() {
        return events.list(parkId);
    }

    @Override
    protected long idOf(ParkEvent record) {
        return record.id();
    }

    @Override
    protected void fill(ParkEvent e) {
        heldOn.set(e == null ? null : e.heldOn());
        title.set(e == null ? "" : e.title());
        type.set(e == null ? null : e.type());
        international.set(e != null && e.international());
        participants.set(e == null || e.participants() == null ? "" : e.participants().toString());
        location.set(e == null || e.location() == null ? "" : e.location());
        note.set(e == null || e.note() == null ? "" : e.note());
    }

    @Override
    protected ParkEvent draft() {
        long id = currentProperty().get() == null ? 0 : currentProperty().get().id();
        Integer count;
        try {
            count = TypedNumbers.whole(participants.get());
        } catch (NumberFormatException e) {
            count = null;
        }
        return new ParkEvent(id, parkId, heldOn.get(), title.get(), type.get(), international.get(), count,
                location.get(), note.get());
    }

    /** The service's findings, after the one it cannot see: participants that are not a whole number. */
    @Override
    protected RecordValidation check(ParkEvent draft) {
        RecordValidation.Builder typing = RecordValidation.builder();
        try {
            TypedNumbers.whole(participants.get());
        } catch (NumberFormatException e) {
            typing.error(EventService.PARTICIPANTS, "records.event.notNumber");
        }
        return typing.build().and(events.validate(draft));
    }

    @Override
    protected Saved<ParkEvent> store(ParkEvent draft, ParkEvent loaded, Map<String, String> explanations) {
        return events.save(draft, loaded, explanations);
    }

    @Override
    protected RecordChange remove(ParkEvent record) {
        return events.delete(record);
    }

    @Override
    protected RecordChange revert(RecordChange change) {
        return events.undo(change);
    }

    @Override
    protected List<HistoryEntry> fetchHistory(ParkEvent record) {
        return events.history(record.id());
    }

    @Override
    protected Map<String, String> storedExplanations(ParkEvent record) {
        return events.explanations(record.id());
    }

    /** The type by its label, the flag as yes or no. */
    @Override
    public String historyValue(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case EventService.TYPE_FIELD -> I18n.tr(TYPE_LABEL + value);
            case EventService.INTERNATIONAL -> HistoryValues.yesNo(value);
            case EventService.PARK -> events.parkName(Long.parseLong(value));
            default -> value;
        };
    }

    @Override
    public String fieldLabelPrefix() {
        return FIELD_PREFIX;
    }

    public ObjectProperty<LocalDate> heldOnProperty() {
        return heldOn;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<EventType> typeProperty() {
        return type;
    }

    public BooleanProperty internationalProperty() {
        return international;
    }

    public StringProperty participantsProperty() {
        return participants;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty noteProperty() {
        return note;
    }
}
