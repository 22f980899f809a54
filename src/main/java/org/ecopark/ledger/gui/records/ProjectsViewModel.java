package org.ecopark.ledger.gui.records;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import org.ecopark.ledger.logic.records.ProjectService;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.Saved;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectCategory;
import org.ecopark.ledger.model.ProjectProgress;
import org.ecopark.ledger.model.ProjectStatus;
import org.ecopark.ledger.model.Target;

/**
 * The park's projects and the form of one, with its dated progress entries edited in the form and
 * saved with the project. Amounts are typed as text, so that a typo is reported rather than lost.
 */
public final class ProjectsViewModel extends RecordEditorModel<Project> {

    public static final String FIELD_PREFIX = "records.project.field.";
    static final String CATEGORY_LABEL = "submission.code.projectCategory.";
    static final String STATUS_LABEL = "submission.code.projectStatus.";

    private final ProjectService projects;
    private final EnterpriseService enterprises;
    private final Park park;
    private final ObservableList<Long> enterpriseIds = FXCollections.observableArrayList();
    private final ObservableList<Long> targetIds = FXCollections.observableArrayList();
    private final Map<Long, String> enterpriseNames = new HashMap<>();
    private final Map<Long, String> targetLabels = new HashMap<>();
    private volatile List<Enterprise> fetchedEnterprises = List.of();
    private volatile List<Target> fetchedTargets = List.of();

    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<ProjectCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> enterpriseId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> targetId = new SimpleObjectProperty<>();
    private final StringProperty plannedInvestment = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> plannedCompletion = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> actualCompletion = new SimpleObjectProperty<>();
    private final ObjectProperty<ProjectStatus> status = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<ProjectProgress> progress = FXCollections.observableArrayList();

    private final ObjectProperty<LocalDate> entryDate = new SimpleObjectProperty<>();
    private final StringProperty entryInvestment = new SimpleStringProperty("");
    private final StringProperty entryPercent = new SimpleStringProperty("");
    private final StringProperty entryNote = new SimpleStringProperty("");
    private final BooleanBinding canAddEntry = entryDate.isNotNull().and(Bindings.createBooleanBinding(
            () -> !entryInvestment.get().isBlank() || !entryPercent.get().isBlank(), entryInvestment, entryPercent));

    public ProjectsViewModel(ProjectService projects, EnterpriseService enterprises, Park park, UiExecutor executor) {
        super(executor);
        this.projects = projects;
        this.enterprises = enterprises;
        this.park = park;
        watch(name, category, enterpriseId, targetId, plannedInvestment, startDate, plannedCompletion, actualCompletion,
                status, note, progress);
        newRecord();
    }

    /**
     * Adds the entry described in the entry row, in date order, and empties the row; a value that is not
     * a number keeps the row as typed and says so. Range and duplicate-day rules are the project's findings.
     */
    public void addEntry() {
        if (!canAddEntry.get()) {
            return;
        }
        try {
            progress.add(new ProjectProgress(0, entryDate.get(), TypedNumbers.decimal(entryInvestment.get()),
                    TypedNumbers.decimal(entryPercent.get()), entryNote.get()));
        } catch (NumberFormatException e) {
            error(I18n.tr("records.project.progress.notNumber"));
            return;
        }
        FXCollections.sort(progress, Comparator.comparing(ProjectProgress::reportedOn));
        entryDate.set(null);
        entryInvestment.set("");
        entryPercent.set("");
        entryNote.set("");
        info("");
    }

    public void removeEntry(ProjectProgress entry) {
        progress.remove(entry);
    }

    /** Takes an entry out of the list into the entry row, to be corrected and added again. */
    public void editEntry(ProjectProgress entry) {
        if (!progress.remove(entry)) {
            return;
        }
        entryDate.set(entry.reportedOn());
        entryInvestment.set(FormControls.format(entry.completedInvestment()));
        entryPercent.set(FormControls.format(entry.percentComplete()));
        entryNote.set(entry.note() == null ? "" : entry.note());
    }

    public String enterpriseName(Long id) {
        return id == null ? "" : enterpriseNames.getOrDefault(id, "#" + id);
    }

    /** A target as the chooser and the list show it: its code and title. */
    public String targetLabel(Long id) {
        return id == null ? "" : targetLabels.getOrDefault(id, "#" + id);
    }

    /** The percent complete of the project's latest entry that has one. */
    public static BigDecimal latestPercent(Project project) {
        return project.progress().stream().filter(entry -> entry.percentComplete() != null && entry.reportedOn() != null)
                .max(Comparator.comparing(ProjectProgress::reportedOn)).map(ProjectProgress::percentComplete).orElse(null);
    }

    @Override
    protected List<Project> fetch() {
        fetchedEnterprises = enterprises.list(park.id());
        fetchedTargets = projects.targets(park.code());
        return projects.list(park.id());
    }

    @Override
    protected void loaded() {
        enterpriseNames.clear();
        fetchedEnterprises.forEach(e -> enterpriseNames.put(e.id(), e.name()));
        enterpriseIds.setAll(fetchedEnterprises.stream().map(Enterprise::id).toList());
        targetLabels.clear();
        fetchedTargets.forEach(t -> targetLabels.put(t.id(), t.code() + " " + t.titleIn(I18n.locale())));
        targetIds.setAll(fetchedTargets.stream().map(Target::id).toList());
    }

    @Override
    protected long idOf(Project record) {
        return record.id();
    }

    @Override
    protected void fill(Project p) {
        name.set(p == null ? "" : p.name());
        category.set(p == null ? null : p.category());
        enterpriseId.set(p == null ? null : p.enterpriseId());
        targetId.set(p == null ? null : p.targetId());
        plannedInvestment.set(p == null ? "" : FormControls.format(p.plannedInvestment()));
        startDate.set(p == null ? null : p.startDate());
        plannedCompletion.set(p == null ? null : p.plannedCompletion());
        actualCompletion.set(p == null ? null : p.actualCompletion());
        status.set(p == null ? ProjectStatus.PLANNED : p.status());
        note.set(p == null || p.note() == null ? "" : p.note());
        progress.setAll(p == null ? List.of() : p.progress());
    }

    @Override
    protected Project draft() {
        long id = currentProperty().get() == null ? 0 : currentProperty().get().id();
        return new Project(id, park.id(), enterpriseId.get(), targetId.get(), name.get(), category.get(),
                TypedNumbers.decimalOrNull(plannedInvestment.get()), startDate.get(), plannedCompletion.get(),
                actualCompletion.get(), status.get(), note.get(), new ArrayList<>(progress));
    }

    /** The service's findings, after the one the service cannot see: an amount that is not a number. */
    @Override
    protected RecordValidation check(Project draft) {
        RecordValidation.Builder typing = RecordValidation.builder();
        try {
            TypedNumbers.decimal(plannedInvestment.get());
        } catch (NumberFormatException e) {
            typing.error(ProjectService.PLANNED_INVESTMENT, "records.project.notNumber",
                    I18n.tr(FIELD_PREFIX + ProjectService.PLANNED_INVESTMENT));
        }
        return typing.build().and(projects.validate(draft));
    }

    @Override
    protected Saved<Project> store(Project draft, Project loaded, Map<String, String> explanations) {
        return projects.save(draft, loaded, explanations);
    }

    @Override
    protected RecordChange remove(Project record) {
        return projects.delete(record);
    }

    @Override
    protected RecordChange revert(RecordChange change) {
        return projects.undo(change);
    }

    @Override
    protected List<HistoryEntry> fetchHistory(Project record) {
        return projects.history(record.id());
    }

    @Override
    protected Map<String, String> storedExplanations(Project record) {
        return projects.explanations(record.id());
    }

    /** Category and status by their labels, the enterprise by name, the target by code and title. */
    @Override
    public String historyValue(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case ProjectService.CATEGORY -> I18n.tr(CATEGORY_LABEL + value);
            case ProjectService.STATUS -> I18n.tr(STATUS_LABEL + value);
            case ProjectService.ENTERPRISE -> enterpriseName(Long.parseLong(value));
            case ProjectService.TARGET -> targetLabel(Long.parseLong(value));
            case ProjectService.PARK -> projects.parkName(Long.parseLong(value));
            case ProjectService.PLANNED_INVESTMENT -> HistoryValues.tenThousandYuan(value);
            case ProjectService.PROGRESS -> HistoryValues.parts(value, ProjectProgress[].class,
                    entry -> I18n.tr("records.history.progress", String.valueOf(entry.reportedOn()),
                            HistoryValues.joined(HistoryValues.tenThousandYuan(HistoryValues.text(entry.completedInvestment())),
                                    HistoryValues.percent(HistoryValues.text(entry.percentComplete())), entry.note())));
            default -> value;
        };
    }

    @Override
    public String fieldLabelPrefix() {
        return FIELD_PREFIX;
    }

    public ObservableList<Long> enterpriseIds() {
        return enterpriseIds;
    }

    public ObservableList<Long> targetIds() {
        return targetIds;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ProjectCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<Long> enterpriseIdProperty() {
        return enterpriseId;
    }

    public ObjectProperty<Long> targetIdProperty() {
        return targetId;
    }

    public StringProperty plannedInvestmentProperty() {
        return plannedInvestment;
    }

    public ObjectProperty<LocalDate> startDateProperty() {
        return startDate;
    }

    public ObjectProperty<LocalDate> plannedCompletionProperty() {
        return plannedCompletion;
    }

    public ObjectProperty<LocalDate> actualCompletionProperty() {
        return actualCompletion;
    }

    public ObjectProperty<ProjectStatus> statusProperty() {
        return status;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<ProjectProgress> progress() {
        return progress;
    }

    public ObjectProperty<LocalDate> entryDateProperty() {
        return entryDate;
    }

    public StringProperty entryInvestmentProperty() {
        return entryInvestment;
    }

    public StringProperty entryPercentProperty() {
        return entryPercent;
    }

    public StringProperty entryNoteProperty() {
        return entryNote;
    }

    public BooleanBinding canAddEntryProperty() {
        return canAddEntry;
    }
}
