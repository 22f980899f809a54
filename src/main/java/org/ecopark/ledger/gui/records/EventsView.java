package org.ecopark.ledger.gui.records;

import java.util.Arrays;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EventService;
import org.ecopark.ledger.model.EventType;
import org.ecopark.ledger.model.ParkEvent;

/** The events section: the park's exhibitions, forums, meetings and trainings, and the form of one. */
public final class EventsView {

    private static final String TYPE = EventsViewModel.TYPE_LABEL;

    private final EventsViewModel model;
    private final ViewContext context;

    public EventsView(EventsViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("events-view", "section.events");
        }
        EventsViewModel model = new EventsViewModel(context.services().records().events(),
                context.parkProperty().get().id(), context.executor());
        return RecordSection.current(context, new EventsView(model, context).build(), model, LedgerTables.EVENTS);
    }

    public Node build() {
        RecordListView<ParkEvent> list = new RecordListView<>(model, this::confirmDelete)
                .column("event-col-held", "records.event.field.heldOn", ParkEvent::heldOn, 102)
                .column("event-col-title", "records.event.field.title", ParkEvent::title, 280)
                .column("event-col-type", "records.event.field.type", e -> I18n.tr(TYPE + e.type().name()), 90)
                .column("event-col-international", "records.event.field.international", ParkEvent::international, 70)
                .column("event-col-participants", "records.event.field.participants", ParkEvent::participants, 80)
                .column("event-col-location", "records.event.field.location", ParkEvent::location, 180);
        FormSupport form = new FormSupport(model);
        form.add(EventService.HELD_ON, "records.event.field.heldOn",
                FormControls.date("event-held", model.heldOnProperty()));
        form.add(EventService.TITLE, "records.event.field.title", FormControls.text("event-title", model.titleProperty()));
        form.add(EventService.TYPE_FIELD, "records.event.field.type", FormControls.choice("event-type",
                Arrays.asList(EventType.values()), TYPE, model.typeProperty()));
        form.add(EventService.INTERNATIONAL, "records.event.field.international", FormControls.check(
                "event-international", "records.event.internationalHint", model.internationalProperty()));
        form.add(EventService.PARTICIPANTS, "records.event.field.participants",
                FormControls.text("event-participants", model.participantsProperty()));
        form.add(EventService.LOCATION, "records.event.field.location",
                FormControls.text("event-location", model.locationProperty()));
        form.add(EventService.NOTE, "records.event.field.note", FormControls.area("event-note", model.noteProperty(), 3));

        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? I18n.tr("records.event.new") : model.currentProperty().get().title(), model.currentProperty()));
        // a short form: the list gets the room for its location column
        VBox root = RecordSection.build("events-view", "section.events", list.build(), RecordSection.form(title, form),
                0.62);
        RecordSection.installKeys(root, list, form, context.dialogs());
        return root;
    }

    private boolean confirmDelete(ParkEvent event) {
        return context.dialogs().confirm(I18n.tr("records.delete.title"),
                I18n.tr("records.event.deleteConfirm", event.title(), FormControls.format(event.heldOn())));
    }
}
