package org.ecopark.ledger.gui.bureau;

import atlantafx.base.controls.CustomTextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.chart.TrajectoryChartData;
import org.ecopark.ledger.chart.TrajectoryChartFactory;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.gui.dashboard.DashboardStyles;
import org.ecopark.ledger.gui.dashboard.EvaluationTexts;
import org.ecopark.ledger.gui.records.PeriodPicker;
import org.ecopark.ledger.gui.submissions.FileManager;
import org.ecopark.ledger.gui.targets.Choice;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.LedgerChange;
import org.jfree.chart.fx.ChartViewer;

/**
 * The bureau's consolidation (汇总): for a period, every park × target with target value, actual figure and status in
 * the dashboard's colours, filtered and sorted; below, each park's trajectory of the chosen row's indicator side by
 * side; a row opens the package and the records behind it. Beside the matrix, in tabs, the figures across parks and the
 * province's and clusters' targets; 导出汇总报告… writes the period's consolidated report.
 */
public final class ConsolidationView {

    /** What the screen shows: the packages and their figures, the bureau's parks, the catalog's targets. */
    static final Predicate<LedgerChange> READS = LedgerTables.reads("submission", "received_package",
            "received_target", "received_count", "bureau_park", "park", "target", "plan", "indicator");
    static final double CHART_WIDTH = 400;
    static final double CHART_HEIGHT = 250;

    private final ConsolidationViewModel model;
    private final UiExecutor executor;
    private final TableView<MatrixRow> table = new TableView<>();
    private final java.util.function.Consumer<java.nio.file.Path> openFolder;

    public ConsolidationView(ConsolidationViewModel model, UiExecutor executor) {
        this(model, executor, FileManager::show);
    }

    /** @param openFolder shows a folder in the system's file manager */
    public ConsolidationView(ConsolidationViewModel model, UiExecutor executor,
                             java.util.function.Consumer<java.nio.file.Path> openFolder) {
        this.model = model;
        this.executor = executor;
        this.openFolder = openFolder;
    }

    /** The section as the bureau's window shows it. */
    public static Node create(ViewContext context) {
        ConsolidationViewModel model = new ConsolidationViewModel(context::services, context.executor(),
                context.dialogs(), LocalDate.now().getYear());
        Node root = new ConsolidationView(model, context.executor()).build();
        context.refresh().watch(root, READS, model::refresh);
        model.refresh();
        return root;
    }

    public Node build() {
        Label title = new Label(I18n.tr("bureau.matrix.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label summary = new Label();
        summary.setId("matrix-summary");
        summary.getStyleClass().add(Styles.MUTED);
        summary.textProperty().bind(model.summaryProperty());

        SplitPane split = new SplitPane(matrix(), charts());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        TabPane tabs = new TabPane(tab("matrix-tab", "bureau.matrix.tab.matrix", split),
                tab("figures-tab", "bureau.matrix.tab.figures", ConsolidationTables.figures(model.figures())),
                tab("province-tab", "bureau.matrix.tab.province", ConsolidationTables.province(model.province())));
        tabs.setId("consolidation-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);

        VBox root = new VBox(title, toolbar(), summary, reportMessage(), tabs);
        root.setId("consolidation-view");
        root.getStyleClass().addAll(Styles.PAGE, ConsolidationStyles.SECTION);
        root.getStylesheets().addAll(resource(DashboardStyles.STYLESHEET), resource(ConsolidationStyles.STYLESHEET));
        return root;
    }

    private static Tab tab(String id, String key, Node content) {
        Tab tab = new Tab(I18n.tr(key), content);
        tab.setId(id);
        return tab;
    }

    /** What the last report came to, with the link to its folder once written. */
    private Node reportMessage() {
        DialogService dialogs = model.dialogs();
        Label message = BureauControls.message("matrix-report-message", model.report(), dialogs);
        Hyperlink open = new Hyperlink(I18n.tr("submission.gui.openFolder"));
        open.setId("matrix-report-open-folder");
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.visibleProperty().bind(model.reportFolderProperty().isNotNull().and(model.report().failedProperty().not())
                .and(model.report().runningProperty().not()));
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(event -> openFolder.accept(model.reportFolderProperty().get()));
        HBox line = new HBox(8, message, open);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        line.visibleProperty().bind(message.visibleProperty());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    /** 导出汇总报告…: the signature block, then where to save, then the report in the background. */
    private void exportReport(Node from) {
        if (model.shownPeriodProperty().get() == null) {
            return;
        }
        javafx.stage.Window owner = from.getScene() == null ? null : from.getScene().getWindow();
        ReportSignatureDialog.create(owner, model.rememberedSignature(), model.shownPeriodProperty().get().describe())
                .showAndWait().ifPresent(signature -> model.dialogs().chooseFileToWrite(
                        I18n.tr("bureau.matrix.report.save"), model.reportFileName(),
                        I18n.tr("bureau.matrix.report.files"), "*.xlsx")
                        .ifPresent(out -> model.writeReport(out, signature)));
    }

    private static String resource(String path) {
        return ConsolidationView.class.getResource(path).toExternalForm();
    }

    private Node toolbar() {
        PeriodPicker picker = PeriodPicker.create("matrix", model.period().typeProperty(), model.period().yearProperty(),
                model.period().partProperty(), model.period().parts());
        ComboBox<Choice<String>> parks = new ComboBox<>(model.parkChoices());
        parks.setId("matrix-park-filter");
        parks.valueProperty().bindBidirectional(model.parkFilterProperty());
        parks.setPrefWidth(150);
        ComboBox<Choice<String>> statuses = new ComboBox<>(model.statusChoices());
        statuses.setId("matrix-status-filter");
        statuses.valueProperty().bindBidirectional(model.statusFilterProperty());
        statuses.setPrefWidth(190); // the list opens wider: 已报送（发送方未确认） is its longest
        CustomTextField search = new CustomTextField();
        search.setId("matrix-search");
        search.setPromptText(I18n.tr("bureau.matrix.search"));
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setPrefWidth(180);
        Button details = new Button(I18n.tr("bureau.matrix.details"));
        details.setId("matrix-details");
        details.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        details.setOnAction(event -> open(table.getSelectionModel().getSelectedItem()));
        details.setMinWidth(Region.USE_PREF_SIZE);
        Button report = new Button(I18n.tr("bureau.matrix.report"));
        report.setId("matrix-report");
        report.setMinWidth(Region.USE_PREF_SIZE);
        report.disableProperty().bind(model.shownPeriodProperty().isNull().or(model.report().runningProperty()));
        report.setOnAction(event -> exportReport(report));
        // wraps rather than cutting its words where the window is narrow or the language long
        FlowPane toolbar = new FlowPane(label("bureau.matrix.period"), picker.type(), picker.year(), picker.part(),
                label("bureau.matrix.park"), parks, label("bureau.matrix.status"), statuses, search, details, report);
        toolbar.getStyleClass().add(ConsolidationStyles.TOOLBAR);
        return toolbar;
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private Node matrix() {
        table.setId("matrix-table");
        SortedList<MatrixRow> sorted = new SortedList<>(model.shown());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label placeholder = new Label();
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(model.loadingProperty())
                .then(I18n.tr("bureau.matrix.loading")).otherwise(I18n.tr("bureau.matrix.empty")));
        table.setPlaceholder(placeholder);
        table.getColumns().setAll(java.util.List.of(
                text("matrix-col-park", "bureau.matrix.col.park", MatrixRow::parkName, 110),
                text("matrix-col-code", "bureau.matrix.col.code", MatrixRow::targetCode, 90),
                text("matrix-col-target", "bureau.matrix.col.target", MatrixRow::title, 220),
                text("matrix-col-indicator", "bureau.matrix.col.indicator", MatrixRow::indicator, 200),
                number("matrix-col-value", "bureau.matrix.col.value", MatrixRow::targetValue),
                number("matrix-col-actual", "bureau.matrix.col.actual", MatrixRow::actual),
                text("matrix-col-unit", "bureau.matrix.col.unit", MatrixRow::unit, 60),
                status()));
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, row) -> {
            if (row != null) {
                model.selectedProperty().set(row);
            }
        });
        table.setRowFactory(view -> {
            TableRow<MatrixRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                open(table.getSelectionModel().getSelectedItem());
                event.consume();
            }
        });
        // the first row is chosen after a load, so that the trajectories below show something
        model.shown().addListener((ListChangeListener<MatrixRow>) change -> {
            if (table.getSelectionModel().getSelectedItem() == null && !table.getItems().isEmpty()) {
                table.getItems().stream().filter(MatrixRow::accepted).findFirst()
                        .ifPresent(row -> table.getSelectionModel().select(row));
            }
        });
        ColumnHeaders.fitText(table);
        return table;
    }

    private static TableColumn<MatrixRow, String> text(String id, String header, Function<MatrixRow, String> value,
                                                       double width) {
        TableColumn<MatrixRow, String> column = new TableColumn<>(I18n.tr(header));
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<MatrixRow, BigDecimal> number(String id, String header,
                                                             Function<MatrixRow, BigDecimal> value) {
        TableColumn<MatrixRow, BigDecimal> column = new TableColumn<>(I18n.tr(header));
        column.setId(id);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal item, boolean empty) {
                super.updateItem(item, empty);
                MatrixRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty || row == null ? null : item == null ? EvaluationTexts.NONE : EvaluationTexts.number(item));
            }
        });
        column.getStyleClass().add(ConsolidationStyles.NUMBER);
        column.setPrefWidth(90);
        return column;
    }

    /** The status in the dashboard's colour, or the park's state in place of the figures. */
    private static TableColumn<MatrixRow, MatrixRow> status() {
        TableColumn<MatrixRow, MatrixRow> column = new TableColumn<>(I18n.tr("bureau.matrix.col.status"));
        column.setId("matrix-col-status");
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        column.setComparator(Comparator.comparingInt(MatrixRow::statusRank));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label word = new Label();

            @Override
            protected void updateItem(MatrixRow row, boolean empty) {
                super.updateItem(row, empty);
                word.getStyleClass().setAll("label");
                if (empty || row == null) {
                    setGraphic(null);
                    setTooltip(null);
                    return;
                }
                word.setText(row.statusText());
                if (row.statusStyle() != null) {
                    word.getStyleClass().addAll(DashboardStyles.STATUS, row.statusStyle());
                } else if (row.withoutFigures()) {
                    word.getStyleClass().add(ConsolidationStyles.STATE);
                }
                setGraphic(word);
                setTooltip(row.withoutFigures() ? new Tooltip(row.stateText()) : null);
            }
        });
        column.setPrefWidth(150);
        return column;
    }

    private Node charts() {
        Label heading = new Label();
        heading.setId("matrix-charts-title");
        heading.getStyleClass().add(ConsolidationStyles.CHARTS_TITLE);
        heading.textProperty().bind(model.chartsTitleProperty());
        FlowPane charts = new FlowPane();
        charts.setId("matrix-charts");
        charts.getStyleClass().add(ConsolidationStyles.CHARTS);
        model.charts().addListener((ListChangeListener<TrajectoryChartData>) change -> fill(charts));
        fill(charts);
        ScrollPane scroll = new ScrollPane(charts);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return new VBox(heading, scroll);
    }

    private void fill(FlowPane charts) {
        charts.getChildren().clear();
        for (TrajectoryChartData data : model.charts()) {
            ChartViewer viewer = new ChartViewer(TrajectoryChartFactory.create(data));
            viewer.getStyleClass().add(ConsolidationStyles.CHART);
            viewer.getProperties().put(TrajectoryChartData.class, data);
            viewer.setPrefSize(CHART_WIDTH, CHART_HEIGHT);
            viewer.setMinSize(CHART_WIDTH, CHART_HEIGHT);
            viewer.setMaxSize(CHART_WIDTH, CHART_HEIGHT);
            charts.getChildren().add(viewer);
        }
    }

    private void open(MatrixRow row) {
        if (row != null) {
            new PackageDetailDialog(new PackageDetailViewModel(model.services(), executor, model.dialogs(), row,
                    model.indicator(row.cell().indicatorCode())), table.getScene() == null ? null
                    : table.getScene().getWindow()).show();
        }
    }
}
