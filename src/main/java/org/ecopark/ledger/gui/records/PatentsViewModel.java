package org.ecopark.ledger.gui.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.PatentService;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;

/**
 * The patents of the park's enterprises and the form of one. The type follows the number as soon as the
 * number tells it; the owners are the park's enterprises in the order they were ticked.
 */
public final class PatentsViewModel extends RecordEditorModel<Patent> {

    public static final String FIELD_PREFIX = "records.patent.field.";

    private final PatentService patents;
    private final EnterpriseService enterprises;
    private final long parkId;
    private final ObservableList<Enterprise> parkEnterprises = FXCollections.observableArrayList();
    private final Map<Long, String> ownerNames = new HashMap<>();
    private volatile List<Enterprise> fetchedEnterprises = List.of();

    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<PatentType> type = new SimpleObjectProperty<>();
    private final ObjectProperty<PatentStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> appliedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> grantedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> lapsedOn = new SimpleObjectProperty<>();
    private final ObservableList<Long> ownerIds = FXCollections.observableArrayList();
    private final StringProperty otherOwners = new SimpleStringProperty("");

    public PatentsViewModel(PatentService patents, EnterpriseService enterprises, long parkId, UiExecutor executor) {
        super(executor);
        this.patents = patents;
        this.enterprises = enterprises;
        this.parkId = parkId;
        number.addListener((obs, old, typed) -> PatentService.typeOf(typed).ifPresent(type::set));
        watch(number, title, type, status, appliedOn, grantedOn, lapsedOn, ownerIds, otherOwners);
        newRecord();
    }

    /** The park's enterprises, which the owners are picked from. */
    public ObservableList<Enterprise> parkEnterprises() {
        return parkEnterprises;
    }

    /** The owners' names in certificate order, then the owners outside the ledger. */
    public String ownersText(Patent patent) {
        List<String> names = new ArrayList<>();
        patent.ownerIds().forEach(id -> names.add(ownerNames.getOrDefault(id, "#" + id)));
        if (patent.otherOwners() != null) {
            names.add(patent.otherOwners());
        }
        return String.join("；", names);
    }

    /** Ticks or unticks an owner; a ticked owner goes to the end of the order. */
    public void setOwner(long enterpriseId, boolean owner) {
        if (owner && !ownerIds.contains(enterpriseId)) {
            ownerIds.add(enterpriseId);
        } else if (!owner) {
            ownerIds.remove(enterpriseId);
        }
    }

    @Override
    protected List<Patent> fetch() {
        fetchedEnterprises = enterprises.list(parkId);
        return patents.list(parkId);
    }

    @Override
    protected void loaded() {
        parkEnterprises.setAll(fetchedEnterprises);
        ownerNames.clear();
        ownerNames.putAll(fetchedEnterprises.stream().collect(Collectors.toMap(Enterprise::id, Enterprise::name)));
    }

    @Override
    protected long idOf(Patent record) {
        return record.id();
    }

    @Override
    protected void fill(Patent p) {
        number.set(p == null ? "" : p.number());
        title.set(p == null ? "" : p.title());
        type.set(p == null ? null : p.type());
        status.set(p == null ? PatentStatus.GRANTED : p.status());
        appliedOn.set(p == null ? null : p.appliedOn());
        grantedOn.set(p == null ? null : p.grantedOn());
        lapsedOn.set(p == null ? null : p.lapsedOn());
        ownerIds.setAll(p == null ? List.of() : p.ownerIds());
        otherOwners.set(p == null || p.otherOwners() == null ? "" : p.otherOwners());
    }

    @Override
    protected Patent draft() {
        long id = currentProperty().get() == null ? 0 : currentProperty().get().id();
        return new Patent(id, number.get(), title.get(), type.get(), appliedOn.get(), grantedOn.get(), lapsedOn.get(),
                status.get(), new ArrayList<>(ownerIds), otherOwners.get());
    }

    @Override
    protected RecordValidation check(Patent draft) {
        return patents.validate(draft);
    }

    @Override
    protected Saved<Patent> store(Patent draft, Patent loaded, Map<String, String> explanations) {
        return patents.save(draft, loaded, explanations);
    }

    @Override
    protected RecordChange remove(Patent record) {
        return patents.delete(record);
    }

    @Override
    protected RecordChange revert(RecordChange change) {
        return patents.undo(change);
    }

    @Override
    protected List<HistoryEntry> fetchHistory(Patent record) {
        return patents.history(record.id());
    }

    @Override
    protected Map<String, String> storedExplanations(Patent record) {
        return patents.explanations(record.id());
    }

    /** Types and statuses by their labels, owners by their names. */
    @Override
    public String historyValue(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case PatentService.TYPE_FIELD -> I18n.tr("records.patentType." + value);
            case PatentService.STATUS -> I18n.tr("records.patentStatus." + value);
            case PatentService.OWNERS -> Arrays.stream(value.replaceAll("[\\[\\]\\s]", "").split(","))
                    .filter(id -> !id.isEmpty())
                    .map(id -> ownerNames.getOrDefault(Long.parseLong(id), "#" + id))
                    .collect(Collectors.joining("；"));
            default -> value;
        };
    }

    @Override
    public String fieldLabelPrefix() {
        return FIELD_PREFIX;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<PatentType> typeProperty() {
        return type;
    }

    public ObjectProperty<PatentStatus> statusProperty() {
        return status;
    }

    public ObjectProperty<LocalDate> appliedOnProperty() {
        return appliedOn;
    }

    public ObjectProperty<LocalDate> grantedOnProperty() {
        return grantedOn;
    }

    public ObjectProperty<LocalDate> lapsedOnProperty() {
        return lapsedOn;
    }

    public ObservableList<Long> ownerIds() {
        return ownerIds;
    }

    public StringProperty otherOwnersProperty() {
        return otherOwners;
    }
}
