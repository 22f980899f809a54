package org.ecopark.ledger.gui.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.TitleKind;

/** The park's enterprises and the form of one, with its titles edited in a small table. */
public final class EnterprisesViewModel extends RecordEditorModel<Enterprise> {

    public static final String FIELD_PREFIX = "records.enterprise.field.";

    private final EnterpriseService service;
    private final long parkId;

    private final StringProperty uscc = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObjectProperty<EnterpriseSegment> segment = new SimpleObjectProperty<>();
    private final BooleanProperty envRelated = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> settledOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> leftOn = new SimpleObjectProperty<>();
    private final StringProperty contactPerson = new SimpleStringProperty("");
    private final StringProperty contactPhone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<EnterpriseTitle> titles = FXCollections.observableArrayList();

    private final ObjectProperty<TitleKind> titleKind = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> titleAwarded = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> titleExpires = new SimpleObjectProperty<>();
    private final StringProperty titleCertificate = new SimpleStringProperty("");
    private final BooleanBinding canAddTitle = titleKind.isNotNull().and(titleAwarded.isNotNull());

    public EnterprisesViewModel(EnterpriseService service, long parkId, UiExecutor executor) {
        super(executor);
        this.service = service;
        this.parkId = parkId;
        watch(uscc, name, shortName, segment, envRelated, settledOn, leftOn, contactPerson, contactPhone, address, note,
                titles);
        newRecord();
    }

    /** Adds the title described in the title editor row and empties the row. */
    public void addTitle() {
        if (!canAddTitle.get()) {
            return;
        }
        titles.add(new EnterpriseTitle(0, titleKind.get(), titleAwarded.get(), titleExpires.get(),
                titleCertificate.get() == null || titleCertificate.get().isBlank() ? null : titleCertificate.get().strip()));
        titleKind.set(null);
        titleAwarded.set(null);
        titleExpires.set(null);
        titleCertificate.set("");
    }

    public void removeTitle(EnterpriseTitle title) {
        titles.remove(title);
    }

    /** The titles an enterprise holds at a date, as the list shows them. */
    public static String titlesAt(Enterprise enterprise, LocalDate date) {
        return enterprise.titles().stream().filter(title -> title.heldAt(date))
                .map(title -> I18n.tr("records.title." + title.kind().name())).distinct()
                .collect(Collectors.joining("、"));
    }

    @Override
    protected List<Enterprise> fetch() {
        return service.list(parkId);
    }

    @Override
    protected long idOf(Enterprise record) {
        return record.id();
    }

    @Override
    protected void fill(Enterprise e) {
        uscc.set(e == null ? "" : e.uscc());
        name.set(e == null ? "" : e.name());
        shortName.set(e == null ? "" : orEmpty(e.shortName()));
        segment.set(e == null ? null : e.segment());
        envRelated.set(e == null || e.envRelated());
        settledOn.set(e == null ? null : e.settledOn());
        leftOn.set(e == null ? null : e.leftOn());
        contactPerson.set(e == null ? "" : orEmpty(e.contactPerson()));
        contactPhone.set(e == null ? "" : orEmpty(e.contactPhone()));
        address.set(e == null ? "" : orEmpty(e.address()));
        note.set(e == null ? "" : orEmpty(e.note()));
        titles.setAll(e == null ? List.of() : e.titles());
    }

    @Override
    protected Enterprise draft() {
        long id = currentProperty().get() == null ? 0 : currentProperty().get().id();
        return new Enterprise(id, parkId, uscc.get(), name.get(), shortName.get(), segment.get(), envRelated.get(),
                settledOn.get(), leftOn.get(), contactPerson.get(), contactPhone.get(), address.get(), note.get(),
                new ArrayList<>(titles));
    }

    @Override
    protected RecordValidation check(Enterprise draft) {
        return service.validate(draft);
    }

    @Override
    protected Saved<Enterprise> store(Enterprise draft, Enterprise loaded, Map<String, String> explanations) {
        return service.save(draft, loaded, explanations);
    }

    @Override
    protected RecordChange remove(Enterprise record) {
        return service.delete(record);
    }

    @Override
    protected RecordChange revert(RecordChange change) {
        return service.undo(change);
    }

    @Override
    protected List<HistoryEntry> fetchHistory(Enterprise record) {
        return service.history(record.id());
    }

    @Override
    protected Map<String, String> storedExplanations(Enterprise record) {
        return service.explanations(record.id());
    }

    /** The segment by its label; the rest as logged. */
    @Override
    public String historyValue(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case EnterpriseService.SEGMENT -> I18n.tr("records.segment." + value);
            case EnterpriseService.ENV_RELATED -> HistoryValues.yesNo(value);
            case EnterpriseService.PARK -> service.parkName(Long.parseLong(value));
            case EnterpriseService.TITLES -> HistoryValues.parts(value, EnterpriseTitle[].class,
                    title -> HistoryValues.joined(I18n.tr("records.title." + title.kind().name()),
                            title.expiresOn() == null ? String.valueOf(title.awardedOn())
                                    : title.awardedOn() + "–" + title.expiresOn(), title.certificateNo()));
            default -> value;
        };
    }

    @Override
    public String fieldLabelPrefix() {
        return FIELD_PREFIX;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    public StringProperty usccProperty() {
        return uscc;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty shortNameProperty() {
        return shortName;
    }

    public ObjectProperty<EnterpriseSegment> segmentProperty() {
        return segment;
    }

    public BooleanProperty envRelatedProperty() {
        return envRelated;
    }

    public ObjectProperty<LocalDate> settledOnProperty() {
        return settledOn;
    }

    public ObjectProperty<LocalDate> leftOnProperty() {
        return leftOn;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty contactPhoneProperty() {
        return contactPhone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<EnterpriseTitle> titles() {
        return titles;
    }

    public ObjectProperty<TitleKind> titleKindProperty() {
        return titleKind;
    }

    public ObjectProperty<LocalDate> titleAwardedProperty() {
        return titleAwarded;
    }

    public ObjectProperty<LocalDate> titleExpiresProperty() {
        return titleExpires;
    }

    public StringProperty titleCertificateProperty() {
        return titleCertificate;
    }

    public BooleanBinding canAddTitleProperty() {
        return canAddTitle;
    }
}
