package org.ecopark.ledger.gui.targets;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.gui.common.DatePickers;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Target;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The target list with its filters; a target opens on a page of its own in the same place. */
public final class TargetsView {

    /** Where the window remembers the target whose page is open, across a rebuild in another language. */
    private static final String OPENED = "targets.opened";

    private final ViewContext context;
    private final TargetsViewModel model;
    private final StackPane root = new StackPane();
    private Node listPage;

    public TargetsView(ViewContext context, TargetsViewModel model) {
        this.context = context;
        this.model = model;
    }

    /** The section's view for the park the window serves. */
    public static Node create(ViewContext context) {
        TargetsViewModel model = new TargetsViewModel(context.services().targets(), context.executor(),
                context.parkProperty().get());
        model.keepChoicesIn(context.memory());
        TargetsView targets = new TargetsView(context, model);
        Node view = targets.build();
        context.refresh().watch(view, LedgerTables.TARGETS, model::ledgerChanged);
        if (context.parkProperty().get() != null) {
            // the section is built when it is shown: the park's targets are in sight (a first step of a new park)
            context.services().firstSteps().targetsShown(context.parkProperty().get());
        }
        context.memory().recall(OPENED, Long.class).flatMap(id -> model.service().find(id)).ifPresent(targets::open);
        return view;
    }

    public Node build() {
        root.setId("targets-view");
        root.getStylesheets().add(TargetsView.class.getResource(TargetStyles.STYLESHEET).toExternalForm());
        listPage = listPage();
        root.getChildren().setAll(listPage);
        return root;
    }

    private Node listPage() {
        Label title = new Label(I18n.tr("targets.list.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Button addTarget = button("targets-add-target", "targets.list.addTarget", new FontIcon(MaterialDesignP.PLUS));
        addTarget.setOnAction(event -> dialogs().addTarget());
        Button addPark = button("targets-add-park", "targets.list.addPark", new FontIcon(MaterialDesignO.OFFICE_BUILDING_OUTLINE));
        addPark.setOnAction(event -> dialogs().addPark());
        Button addPlan = button("targets-add-plan", "targets.list.addPlan", new FontIcon(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        addPlan.setOnAction(event -> dialogs().addPlan());
        Button importPlan = button("targets-import-plan", "plans.gui.button", new FontIcon(MaterialDesignF.FILE_IMPORT_OUTLINE));
        importPlan.setOnAction(event -> choosePlanFile());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, title, spacer, addTarget, addPark, addPlan, importPlan);
        header.setAlignment(Pos.CENTER_LEFT);

        TableView<TargetRow> table = table();
        Label status = new Label();
        status.setId("targets-status");
        status.getStyleClass().add(Styles.MUTED);
        status.textProperty().bind(model.statusProperty());
        Button open = button("targets-open", "targets.list.open", null);
        open.disableProperty().bind(model.selectedProperty().isNull());
        open.setOnAction(event -> openSelected());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox footer = new HBox(12, status, gap, open);
        footer.setAlignment(Pos.CENTER_LEFT);

        VBox page = new VBox(header, filters(), table, footer);
        VBox.setVgrow(table, Priority.ALWAYS);
        page.getStyleClass().add(Styles.PAGE);
        page.setId("targets-list-page");
        return page;
    }

    private Node filters() {
        ComboBox<Choice<org.ecopark.ledger.model.Plan>> plan = combo("targets-filter-plan", model.plans());
        plan.valueProperty().bindBidirectional(model.planProperty());
        ComboBox<Choice<org.ecopark.ledger.model.TargetScope>> scope = combo("targets-filter-scope", model.scopes());
        scope.valueProperty().bindBidirectional(model.scopeProperty());
        ComboBox<Choice<org.ecopark.ledger.model.ScopeEntry>> entry = combo("targets-filter-scope-code", model.scopeEntries());
        entry.valueProperty().bindBidirectional(model.scopeEntryProperty());
        entry.setPrefWidth(360);
        ComboBox<Choice<org.ecopark.ledger.model.TargetKind>> kind = combo("targets-filter-kind", model.kinds());
        kind.valueProperty().bindBidirectional(model.kindProperty());
        DatePicker before = DatePickers.iso("targets-filter-deadline");
        before.setPrefWidth(150);
        before.valueProperty().bindBidirectional(model.deadlineBeforeProperty());
        TextField search = new TextField();
        search.setId("targets-search");
        search.setPromptText(I18n.tr("targets.list.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        CheckBox hidden = new CheckBox(I18n.tr("targets.list.showHidden"));
        hidden.setId("targets-show-hidden");
        hidden.selectedProperty().bindBidirectional(model.showHiddenProperty());
        plan.setPrefWidth(220);
        hidden.setMinWidth(Region.USE_PREF_SIZE);
        // Two rows: at the window's default width one row would cut the plan's name and the check box short.
        HBox what = new HBox(filterLabel("targets.field.plan"), plan, filterLabel("targets.field.scope"), scope, entry,
                filterLabel("targets.field.kind"), kind);
        HBox narrow = new HBox(filterLabel("targets.list.deadlineBefore"), before, search, hidden);
        what.getStyleClass().add(TargetStyles.TOOLBAR);
        narrow.getStyleClass().add(TargetStyles.TOOLBAR);
        VBox bar = new VBox(8, what, narrow);
        bar.setId("targets-filters");
        return bar;
    }

    private TableView<TargetRow> table() {
        TableView<TargetRow> table = new TableView<>(model.rows());
        table.setId("targets-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        table.setPlaceholder(new Label(I18n.tr("targets.list.empty")));
        TableColumn<TargetRow, String> scope = column("targets.field.scope", TargetRow::scopeName, 200);
        // One park or cluster chosen: the column would repeat its name on every line.
        scope.visibleProperty().bind(model.scopeEntryProperty().isNotNull()
                .and(javafx.beans.binding.Bindings.createBooleanBinding(() -> !model.singleScopeEntry(),
                        model.scopeEntryProperty())));
        TableColumn<TargetRow, String> note = column("targets.field.note", TargetRow::noteMark, 50);
        note.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(String mark, boolean empty) {
                super.updateItem(mark, empty);
                TargetRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : mark);
                setTooltip(row != null && row.target().hasNote() ? new Tooltip(row.target().note()) : null);
                getStyleClass().remove(TargetStyles.NOTE_MARK);
                if (!empty) {
                    getStyleClass().add(TargetStyles.NOTE_MARK);
                }
            }
        });
        table.getColumns().add(column("targets.field.code", TargetRow::code, 90));
        table.getColumns().add(scope);
        table.getColumns().add(column("targets.field.clause", TargetRow::clause, 90));
        table.getColumns().add(column("targets.field.title", TargetRow::title, 320));
        table.getColumns().add(column("targets.field.kind", TargetRow::kind, 80));
        table.getColumns().add(column("targets.field.value", TargetRow::requirement, 110));
        table.getColumns().add(column("targets.field.deadline", TargetRow::deadline, 100));
        table.getColumns().add(column("targets.field.indicator", TargetRow::indicator, 170));
        table.getColumns().add(note);
        table.setRowFactory(view -> {
            TableRow<TargetRow> row = new TableRow<>() {
                @Override
                protected void updateItem(TargetRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().remove(TargetStyles.HIDDEN_ROW);
                    if (!empty && item != null && item.target().hidden()) {
                        getStyleClass().add(TargetStyles.HIDDEN_ROW);
                    }
                }
            };
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem().target());
                }
            });
            return row;
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
            }
        });
        return table;
    }

    private TargetDialogs dialogs() {
        return new TargetDialogs(model, root.getScene() == null ? null : root.getScene().getWindow());
    }

    private void openSelected() {
        if (model.selectedProperty().get() != null) {
            open(model.selectedProperty().get().target());
        }
    }

    /** Shows the target's page in place of the list; the list comes back, reloaded, with "back". */
    public void open(Target target) {
        TargetDetailViewModel detail = new TargetDetailViewModel(model.service(), target);
        Node page = new TargetDetailView(detail, context.dialogs(), this::showList, model::reload).build();
        context.refresh().watch(page, LedgerTables.TARGET, detail::refresh);
        root.getChildren().setAll(page);
        context.memory().remember(OPENED, target.id());
    }

    private void showList() {
        root.getChildren().setAll(listPage);
        context.memory().remember(OPENED, null);
    }

    private static TableColumn<TargetRow, String> column(String key, Function<TargetRow, String> text, double width) {
        TableColumn<TargetRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setId("targets-column-" + key.substring(key.lastIndexOf('.') + 1));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static <T> ComboBox<T> combo(String id, javafx.collections.ObservableList<T> items) {
        ComboBox<T> combo = new ComboBox<>(items);
        combo.setId(id);
        return combo;
    }

    private static Label filterLabel(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(TargetStyles.FILTER_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private void choosePlanFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr("plans.gui.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("plans.gui.files"), "*.zip"));
        File file = chooser.showOpenDialog(root.getScene().getWindow());
        if (file != null) {
            openPlanFile(file.toPath());
        }
    }

    /** Shows what the plan file would change and imports it when the user agrees; the list follows by itself. */
    void openPlanFile(Path file) {
        PlanImportViewModel importModel = new PlanImportViewModel(() -> context.services().planFiles(), context.executor());
        PlanImportDialog.create(root.getScene().getWindow(), importModel).show();
        importModel.load(file);
    }

    private static Button button(String id, String key, Node icon) {
        Button button = new Button(I18n.tr(key), icon);
        button.setId(id);
        return button;
    }
}
