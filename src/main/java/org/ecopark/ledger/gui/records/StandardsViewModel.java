package org.ecopark.ledger.gui.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.EnterpriseService;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.logic.records.StandardService;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;

/**
 * The standards the park's enterprises drafted and the form of one. The level follows the code as soon
 * as the code tells it; above the list, the standards counted as the plan counts them (distinct codes).
 */
public final class StandardsViewModel extends RecordEditorModel<Standard> {

    public static final String FIELD_PREFIX = "records.standard.field.";

    private final StandardService standards;
    private final ParkEnterprises enterprises;
    private final long parkId;
    private final ReadOnlyIntegerWrapper distinctCodes = new ReadOnlyIntegerWrapper();
    private final ReadOnlyIntegerWrapper ledCodes = new ReadOnlyIntegerWrapper();

    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<StandardLevel> level = new SimpleObjectProperty<>();
    private final ObjectProperty<StandardRole> role = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> enterpriseId = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> publishedOn = new SimpleObjectProperty<>();

    public StandardsViewModel(StandardService standards, EnterpriseService enterprises, long parkId,
                              UiExecutor executor) {
        super(executor);
        this.standards = standards;
        this.enterprises = new ParkEnterprises(enterprises, parkId);
        this.parkId = parkId;
        code.addListener((obs, old, typed) -> StandardService.levelOf(typed).ifPresent(level::set));
        watch(code, title, level, role, enterpriseId, publishedOn);
        records().addListener((ListChangeListener<Standard>) change -> count());
        newRecord();
    }

    public ParkEnterprises enterprises() {
        return enterprises;
    }

    /** Distinct codes: a standard drafted by three of the park's enterprises counts once. */
    public ReadOnlyIntegerProperty distinctCodesProperty() {
        return distinctCodes.getReadOnlyProperty();
    }

    /** Distinct codes one of the park's enterprises led the drafting of. */
    public ReadOnlyIntegerProperty ledCodesProperty() {
        return ledCodes.getReadOnlyProperty();
    }

    private void count() {
        distinctCodes.set((int) records().stream().map(Standard::code).distinct().count());
        ledCodes.set((int) records().stream().filter(s -> s.role() == StandardRole.LEAD).map(Standard::code)
                .distinct().count());
    }

    @Override
    protected List<Standard> fetch() {
        enterprises.fetch();
        return standards.list(parkId);
    }

    @Override
    protected void loaded() {
        enterprises.publish();
    }

    @Override
    protected long idOf(Standard record) {
        return record.id();
    }

    @Override
    protected void fill(Standard s) {
        code.set(s == null ? "" : s.code());
        title.set(s == null ? "" : s.title());
        level.set(s == null ? null : s.level());
        role.set(s == null ? StandardRole.PARTICIPANT : s.role());
        enterpriseId.set(s == null ? null : s.enterpriseId());
        publishedOn.set(s == null ? null : s.publishedOn());
    }

    @Override
    protected Standard draft() {
        long id = currentProperty().get() == null ? 0 : currentProperty().get().id();
        return new Standard(id, code.get(), title.get(), level.get(), role.get(), enterpriseId.get(), publishedOn.get());
    }

    @Override
    protected RecordValidation check(Standard draft) {
        return standards.validate(draft);
    }

    @Override
    protected Saved<Standard> store(Standard draft, Standard loaded, Map<String, String> explanations) {
        return standards.save(draft, loaded, explanations);
    }

    @Override
    protected RecordChange remove(Standard record) {
        return standards.delete(record);
    }

    @Override
    protected RecordChange revert(RecordChange change) {
        return standards.undo(change);
    }

    @Override
    protected List<HistoryEntry> fetchHistory(Standard record) {
        return standards.history(record.id());
    }

    @Override
    protected Map<String, String> storedExplanations(Standard record) {
        return standards.explanations(record.id());
    }

    /** Levels and roles by their labels, the enterprise by its name. */
    @Override
    public String historyValue(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case StandardService.LEVEL -> I18n.tr(StandardService.LEVELS + value);
            case StandardService.ROLE -> I18n.tr(StandardService.ROLES + value);
            case StandardService.ENTERPRISE -> enterprises.historyName(value);
            default -> value;
        };
    }

    @Override
    public String fieldLabelPrefix() {
        return FIELD_PREFIX;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<StandardLevel> levelProperty() {
        return level;
    }

    public ObjectProperty<StandardRole> roleProperty() {
        return role;
    }

    public ObjectProperty<Long> enterpriseIdProperty() {
        return enterpriseId;
    }

    public ObjectProperty<LocalDate> publishedOnProperty() {
        return publishedOn;
    }
}
