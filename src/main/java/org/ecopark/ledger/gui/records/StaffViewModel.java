package org.ecopark.ledger.gui.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.RdStaffService;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.RdStaff;

/**
 * The R&D staff of the park's enterprises and the form of one person, with the park's headcount on
 * the as-of date (all and full-time) refreshed with the list.
 */
public final class StaffViewModel extends RecordEditorModel<RdStaff> {

    public static final String FIELD_PREFIX = "records.staff.field.";

    private final RdStaffService staff;
    private final ParkEnterprises enterprises;
    private final long parkId;
    private final LocalDate asOf;
    private final ReadOnlyIntegerWrapper headcount = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper fullTimeHeadcount = new ReadOnlyIntegerWrapper();
    private volatile int fetchedHeadcount;
    private volatile int fetchedFullTime;

    private final ObjectProperty<Long> enterpriseId = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty idHint = new SimpleStringProperty("");
    private final ObjectProperty<Education> education = new SimpleObjectProperty<>();
    private final StringProperty professionalTitle = new SimpleStringProperty("");
    private final BooleanProperty fullTime = new SimpleBooleanProperty(true);
    private final ObjectProperty<LocalDate> joinedOn = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> leftOn = new SimpleObjectProperty<>();

    public StaffViewModel(RdStaffService staff, EnterpriseService enterprises, long parkId, LocalDate asOf,
                          UiExecutor executor) {
        super(executor);
        this.staff = staff;
        this.enterprises = new ParkEnterprises(enterprises, parkId);
        this.parkId = parkId;
        this.asOf = asOf;
        watch(enterpriseId, name, idHint, education, professionalTitle, fullTime, joinedOn, leftOn);
        newRecord();
    }

    /** The park's enterprises by id, which the employer is picked from. */
    public ObservableList<Long> enterpriseIds() {
        return enterprises.ids();
    }

    public String enterpriseName(Long id) {
        return enterprises.name(id);
    }

    public ParkEnterprises enterprises() {
        return enterprises;
    }

    public LocalDate asOf() {
        return asOf;
    }

    /** People on the R&D staff on the as-of date. */
    public ReadOnlyIntegerProperty headcountProperty() {
        return headcount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty fullTimeHeadcountProperty() {
        return fullTimeHeadcount.getReadOnlyProperty();
    }

    @Override
    protected List<RdStaff> fetch() {
        enterprises.fetch();
        fetchedHeadcount = staff.headcount(parkId, asOf, false);
        fetchedFullTime = staff.headcount(parkId, asOf, true);
        return staff.list(parkId);
    }

    @Override
    protected void loaded() {
        enterprises.publish();
        headcount.set(fetchedHeadcount);
        fullTimeHeadcount.set(fetchedFullTime);
    }

    @Override
    protected long idOf(RdStaff record) {
        return record.id();
    }

    @Override
    protected void fill(RdStaff s) {
        enterpriseId.set(s == null ? null : s.enterpriseId());
        name.set(s == null ? "" : s.name());
        idHint.set(s == null || s.idHint() == null ? "" : s.idHint());
        education.set(s == null ? null : s.education());
        professionalTitle.set(s == null || s.professionalTitle() == null ? "" : s.professionalTitle());
        fullTime.set(s == null || s.fullTime());
        joinedOn.set(s == null ? null : s.joinedOn());
        leftOn.set(s == null ? null : s.leftOn());
    }

    @Override
    protected RdStaff draft() {
        long id = currentProperty().get() == null ? 0 : currentProperty().get().id();
        return new RdStaff(id, enterpriseId.get(), name.get(), idHint.get(), education.get(), professionalTitle.get(),
                fullTime.get(), joinedOn.get(), leftOn.get());
    }

    @Override
    protected RecordValidation check(RdStaff draft) {
        return staff.validate(draft);
    }

    @Override
    protected Saved<RdStaff> store(RdStaff draft, RdStaff loaded, Map<String, String> explanations) {
        return staff.save(draft, loaded, explanations);
    }

    @Override
    protected RecordChange remove(RdStaff record) {
        return staff.delete(record);
    }

    @Override
    protected RecordChange revert(RecordChange change) {
        return staff.undo(change);
    }

    @Override
    protected List<HistoryEntry> fetchHistory(RdStaff record) {
        return staff.history(record.id());
    }

    @Override
    protected Map<String, String> storedExplanations(RdStaff record) {
        return staff.explanations(record.id());
    }

    /** The employer by name, education by its label. */
    @Override
    public String historyValue(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case RdStaffService.ENTERPRISE -> enterprises.historyName(value);
            case RdStaffService.EDUCATION -> I18n.tr("records.education." + value);
            case RdStaffService.FULL_TIME -> HistoryValues.yesNo(value);
            default -> value;
        };
    }

    @Override
    public String fieldLabelPrefix() {
        return FIELD_PREFIX;
    }

    public ObjectProperty<Long> enterpriseIdProperty() {
        return enterpriseId;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty idHintProperty() {
        return idHint;
    }

    public ObjectProperty<Education> educationProperty() {
        return education;
    }

    public StringProperty professionalTitleProperty() {
        return professionalTitle;
    }

    public BooleanProperty fullTimeProperty() {
        return fullTime;
    }

    public ObjectProperty<LocalDate> joinedOnProperty() {
        return joinedOn;
    }

    public ObjectProperty<LocalDate> leftOnProperty() {
        return leftOn;
    }
}
