package org.ecopark.ledger.gui.dashboard;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.DrillDownRow;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.Target;
import org.jfree.chart.fx.ChartViewer;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;

/**
 * A target's page on the dashboard: the trajectory chart beside the figures, then the records behind the
 * value (a double-click goes to the record's section) or, for a milestone, its evidence.
 */
public final class TargetTrajectoryView {

    private final TargetTrajectoryViewModel model;
    private final ViewContext context;
    private final Runnable onBack;

    public TargetTrajectoryView(TargetTrajectoryViewModel model, ViewContext context, Runnable onBack) {
        this.model = model;
        this.context = context;
        this.onBack = onBack;
    }

    public Node build() {
        Target target = model.target();
        VBox root = new VBox(12, header(target), sentence(target));
        root.setId("trajectory-view");
        root.getStyleClass().add(DashboardStyles.DETAIL);
        if (!model.isMilestone()) {
            HBox chartAndFigures = new HBox(16, chart(), figures());
            chartAndFigures.setAlignment(Pos.TOP_LEFT);
            root.getChildren().addAll(chartAndFigures, records());
            return root;
        }
        // A milestone is done or not: its page is the figures and the evidence, which may need to scroll.
        EvidenceViewModel evidence = new EvidenceViewModel(context, target, model::refresh);
        Node pane = new EvidencePane(evidence, context).build();
        context.refresh().watch(pane, LedgerTables.EVIDENCE, evidence::refresh);
        root.getChildren().addAll(figures(), pane);
        evidence.refresh();
        ScrollPane scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.setId("trajectory-scroll");
        return scroll;
    }

    private Node header(Target target) {
        Button back = new Button(I18n.tr("indicators.detail.back"), new FontIcon(MaterialDesignA.ARROW_LEFT));
        back.setId("detail-back");
        back.setOnAction(event -> onBack.run());
        Label title = new Label(target.titleIn(I18n.locale()));
        title.setId("detail-title");
        title.getStyleClass().add(DashboardStyles.DETAIL_TITLE);
        ToggleGroup steps = new ToggleGroup();
        ToggleButton month = step("step-month", "indicators.detail.step.month", PeriodType.MONTH, steps);
        ToggleButton quarter = step("step-quarter", "indicators.detail.step.quarter", PeriodType.QUARTER, steps);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setPrefSize(22, 22);
        progress.setId("detail-progress");
        progress.visibleProperty().bind(model.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(10, back, title, progress, spacer);
        if (!model.isMilestone()) {
            header.getChildren().addAll(month, quarter);
        }
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private ToggleButton step(String id, String key, PeriodType step, ToggleGroup group) {
        ToggleButton button = new ToggleButton(I18n.tr(key));
        button.setId(id);
        button.setToggleGroup(group);
        button.setSelected(model.stepProperty().get() == step);
        button.setOnAction(event -> {
            button.setSelected(true); // one of the two stays pressed
            model.stepProperty().set(step);
        });
        return button;
    }

    private Node sentence(Target target) {
        Label sentence = new Label(target.clause() + "  " + target.sentence());
        sentence.setId("detail-sentence");
        sentence.setWrapText(true);
        sentence.getStyleClass().add(Styles.MUTED);
        sentence.setMinHeight(Region.USE_PREF_SIZE); // wraps rather than being cut when the table wants the room
        return sentence;
    }

    private Node chart() {
        ChartViewer viewer = new ChartViewer();
        viewer.setId("trajectory-chart");
        viewer.setMinSize(320, 300);
        viewer.setPrefSize(760, 360);
        if (model.chartProperty().get() != null) {
            viewer.setChart(model.chartProperty().get());
        }
        // the viewer takes no null chart; the chart only goes from one evaluation to the next
        model.chartProperty().addListener((obs, old, chart) -> {
            if (chart != null) {
                viewer.setChart(chart);
            }
        });
        HBox.setHgrow(viewer, Priority.ALWAYS);
        return viewer;
    }

    private Node figures() {
        GridPane figures = new GridPane();
        figures.setId("trajectory-figures");
        figures.getStyleClass().add(DashboardStyles.FIGURES);
        model.figures().addListener((ListChangeListener<TargetTrajectoryViewModel.Figure>) change -> fill(figures));
        fill(figures);
        figures.setMinWidth(Region.USE_PREF_SIZE);
        return figures;
    }

    private void fill(GridPane grid) {
        grid.getChildren().clear();
        int row = 0;
        for (TargetTrajectoryViewModel.Figure figure : model.figures()) {
            Label label = new Label(figure.label());
            label.getStyleClass().add(DashboardStyles.FIGURE_LABEL);
            Label value = new Label(figure.value());
            value.setId(figure.id());
            value.getStyleClass().add(DashboardStyles.FIGURE_VALUE);
            if (figure.styleClass() != null) {
                value.getStyleClass().addAll(DashboardStyles.STATUS, figure.styleClass());
            }
            // neither gives way to the chart beside them: the labels are longer in English
            label.setMinWidth(Region.USE_PREF_SIZE);
            value.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, label, value);
        }
    }

    private Node records() {
        Label title = new Label(I18n.tr("indicators.detail.records"));
        title.getStyleClass().add(DashboardStyles.SECTION_TITLE);
        Label note = new Label();
        note.setId("drilldown-count");
        note.getStyleClass().add(Styles.MUTED);
        note.textProperty().bind(model.recordsNoteProperty());
        Label hint = new Label(I18n.tr("indicators.detail.openHint"));
        hint.getStyleClass().add(Styles.MUTED);
        Label openNote = new Label();
        openNote.setId("drilldown-open-note");
        openNote.getStyleClass().add(Styles.MUTED);
        openNote.textProperty().bind(model.openNoteProperty());
        HBox heading = new HBox(12, title, note, hint, openNote);
        heading.setAlignment(Pos.BASELINE_LEFT);

        TableView<DrillDownRow> table = new TableView<>(model.records());
        table.setId("drilldown-table");
        table.getColumns().add(column("indicators.detail.column.type",
                row -> I18n.tr("indicators.detail.recordType." + row.recordType()), 110));
        table.getColumns().add(column("indicators.detail.column.label", DrillDownRow::label, 320));
        table.getColumns().add(column("indicators.detail.column.date",
                row -> date(row.date()), 110));
        table.getColumns().add(column("indicators.detail.column.detail", DrillDownRow::detail, 360));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        table.setPlaceholder(new Label(I18n.tr("indicators.detail.records.none")));
        table.setRowFactory(view -> {
            TableRow<DrillDownRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    model.openRecord(row.getItem());
                }
            });
            return row;
        });
        table.setMinHeight(160);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(6, heading, table);
        VBox.setVgrow(box, Priority.ALWAYS);
        return box;
    }

    private static TableColumn<DrillDownRow, String> column(String key,
                                                           Function<DrillDownRow, String> value,
                                                           double width) {
        TableColumn<DrillDownRow, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }
}
