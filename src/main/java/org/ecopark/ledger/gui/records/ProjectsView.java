package org.ecopark.ledger.gui.records;

import java.util.Arrays;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.ProjectService;
import org.ecopark.ledger.model.Project;
import org.ecopark.ledger.model.ProjectCategory;
import org.ecopark.ledger.model.ProjectProgress;
import org.ecopark.ledger.model.ProjectStatus;

/** The projects section: the park's projects, and the form with the project's progress entries. */
public final class ProjectsView {

    private static final String CATEGORY = ProjectsViewModel.CATEGORY_LABEL;
    private static final String STATUS = ProjectsViewModel.STATUS_LABEL;
    private static final String FIELD = ProjectsViewModel.FIELD_PREFIX;
    private static final String ENTRY = "records.project.progress.";
    private static final String PROGRESS_TABLE = "project-progress-table";

    private final ProjectsViewModel model;
    private final ViewContext context;

    public ProjectsView(ProjectsViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("projects-view", "section.projects");
        }
        var records = context.services().records();
        ProjectsViewModel model = new ProjectsViewModel(records.projects(), records.enterprises(),
                context.parkProperty().get(), context.executor());
        return RecordSection.current(context, new ProjectsView(model, context).build(), model, LedgerTables.PROJECTS);
    }

    public Node build() {
        RecordListView<Project> list = new RecordListView<>(model, this::confirmDelete)
                .column("project-col-name", FIELD + "name", Project::name, 240)
                .column("project-col-category", FIELD + "category", p -> I18n.tr(CATEGORY + p.category().name()), 85)
                .column("project-col-status", FIELD + "status", p -> I18n.tr(STATUS + p.status().name()), 85)
                .column("project-col-enterprise", FIELD + "enterpriseId", p -> model.enterpriseName(p.enterpriseId()), 180)
                .column("project-col-investment", FIELD + "plannedInvestment", Project::plannedInvestment, 95)
                .column("project-col-percent", "records.project.latestPercent", ProjectsViewModel::latestPercent, 85)
                .column("project-col-start", FIELD + "startDate", Project::startDate, 102)
                .column("project-col-planned", FIELD + "plannedCompletion", Project::plannedCompletion, 102)
                .column("project-col-actual", FIELD + "actualCompletion", Project::actualCompletion, 102)
                .column("project-col-target", FIELD + "targetId", p -> model.targetLabel(p.targetId()), 200);
        FormSupport form = new FormSupport(model);
        form.add(ProjectService.NAME, FIELD + "name", FormControls.text("project-name", model.nameProperty()));
        form.add(ProjectService.CATEGORY, FIELD + "category", FormControls.choice("project-category",
                Arrays.asList(ProjectCategory.values()), CATEGORY, model.categoryProperty()));
        form.add(ProjectService.STATUS, FIELD + "status", FormControls.choice("project-status",
                Arrays.asList(ProjectStatus.values()), STATUS, model.statusProperty()));
        form.addRow(FIELD + "enterpriseId", IdChoice.optional(form.bind(ProjectService.ENTERPRISE, IdChoice.box(
                "project-enterprise", model.enterpriseIds(), model::enterpriseName, model.enterpriseIdProperty())),
                "records.project.parkItself"));
        form.addRow(FIELD + "targetId", IdChoice.optional(form.bind(ProjectService.TARGET, IdChoice.box(
                "project-target", model.targetIds(), model::targetLabel, model.targetIdProperty())),
                "records.project.noTarget"));
        form.add(ProjectService.PLANNED_INVESTMENT, FIELD + "plannedInvestment",
                FormControls.text("project-investment", model.plannedInvestmentProperty()));
        form.add(ProjectService.START_DATE, FIELD + "startDate", FormControls.date("project-start", model.startDateProperty()));
        form.add(ProjectService.PLANNED_COMPLETION, FIELD + "plannedCompletion",
                FormControls.date("project-planned", model.plannedCompletionProperty()));
        form.add(ProjectService.ACTUAL_COMPLETION, FIELD + "actualCompletion",
                FormControls.date("project-actual", model.actualCompletionProperty()));
        form.add(ProjectService.NOTE, FIELD + "note", FormControls.area("project-note", model.noteProperty(), 2));
        form.addRow(FIELD + "progress", progress(form));

        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> model.currentProperty().get() == null
                ? I18n.tr("records.project.new") : model.currentProperty().get().name(), model.currentProperty()));
        // the form with its progress entries needs more room than the list's hidden columns
        VBox root = RecordSection.build("projects-view", "section.projects", list.build(), RecordSection.form(title, form),
                0.5);
        RecordSection.installKeys(root, list, form, context.dialogs());
        return root;
    }

    /** The progress entries and, under them, a row to add one. */
    private Node progress(FormSupport form) {
        TableView<ProjectProgress> table = new TableView<>(model.progress());
        table.setId("progress-table");
        table.getStyleClass().addAll(RecordStyles.SUB_TABLE, PROGRESS_TABLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        table.setPlaceholder(new Label(I18n.tr(ENTRY + "none")));
        table.getColumns().add(column(ENTRY + "reportedOn", ProjectProgress::reportedOn, 105));
        table.getColumns().add(column(ENTRY + "completedInvestment", ProjectProgress::completedInvestment, 135));
        table.getColumns().add(column(ENTRY + "percentComplete", ProjectProgress::percentComplete, 95));
        table.getColumns().add(column(ENTRY + "note", ProjectProgress::note, 120));
        form.bind(ProjectService.PROGRESS, table);
        table.setTooltip(new Tooltip(I18n.tr(ENTRY + "editHint")));
        table.setOnMouseClicked(event -> {
            if (event.getClickCount() == 2 && table.getSelectionModel().getSelectedItem() != null) {
                model.editEntry(table.getSelectionModel().getSelectedItem());
            }
        });

        DatePicker date = FormControls.date("progress-date", model.entryDateProperty());
        date.setPromptText(I18n.tr(ENTRY + "reportedOn"));
        date.setPrefWidth(125);
        TextField investment = prompted(FormControls.text("progress-investment", model.entryInvestmentProperty()),
                "completedInvestment", 10);
        TextField percent = prompted(FormControls.text("progress-percent", model.entryPercentProperty()),
                "percentComplete", 7);
        TextField note = prompted(FormControls.text("progress-note", model.entryNoteProperty()), "note", 12);
        Button add = new Button(I18n.tr(ENTRY + "add"));
        add.setId("progress-add");
        add.disableProperty().bind(model.canAddEntryProperty().not());
        add.setOnAction(event -> model.addEntry());
        Button remove = new Button(I18n.tr(ENTRY + "remove"));
        remove.setId("progress-remove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(event -> model.removeEntry(table.getSelectionModel().getSelectedItem()));
        FlowPane editor = new FlowPane(6, 6, date, investment, percent, note, add, remove);
        return new VBox(6, table, editor);
    }

    private static TextField prompted(TextField field, String what, int columns) {
        field.setPromptText(I18n.tr(ENTRY + what));
        field.setPrefColumnCount(columns);
        return field;
    }

    private static TableColumn<ProjectProgress, String> column(String titleKey, Function<ProjectProgress, ?> value,
                                                               double width) {
        TableColumn<ProjectProgress, String> column = new TableColumn<>(I18n.tr(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(FormControls.format(value.apply(cell.getValue()))));
        return column;
    }

    private boolean confirmDelete(Project project) {
        return context.dialogs().confirm(I18n.tr("records.delete.title"),
                I18n.tr("records.project.deleteConfirm", project.name()));
    }
}
