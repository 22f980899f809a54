package org.ecopark.ledger.gui.records;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.StatPeriod;

/**
 * The statistics section: the park's enterprises on the left; on the right the period and a grid of
 * every metric with the value of the same period last year beside it.
 */
public final class StatisticsView {

    private final StatisticsViewModel model;
    private final DialogService dialogs;

    public StatisticsView(StatisticsViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** The section for the selected park; registered in {@code SectionViews}. */
    public static Node create(ViewContext context) {
        if (context.parkProperty().get() == null) {
            return RecordSection.noPark("statistics-view", "section.statistics");
        }
        var records = context.services().records();
        StatisticsViewModel model = new StatisticsViewModel(records.statistics(), records.enterprises(),
                context.parkProperty().get().id(), context.asOfDateProperty().get(), context.executor());
        Node view = new StatisticsView(model, context.dialogs()).build();
        RecordOpening.markFigures(view, model::show);
        context.refresh().watch(view, LedgerTables.STATISTICS, model::ledgerChanged);
        RecordSection.offerReloads(context.dialogs(), model);
        model.keepChoiceIn(context.memory());
        model.loadEnterprises();
        return view;
    }

    public Node build() {
        FormSupport form = new FormSupport(model);
        Label title = new Label();
        title.textProperty().bind(Bindings.createStringBinding(() -> {
            Enterprise enterprise = model.enterpriseProperty().get();
            StatPeriod period = model.period();
            return enterprise == null ? I18n.tr("records.stat.chooseEnterprise")
                    : enterprise.name() + (period == null ? "" : "  " + period.code());
        }, model.enterpriseProperty(), model.periodTypeProperty(), model.yearProperty(), model.partProperty()));
        title.getStyleClass().add(RecordStyles.FORM_TITLE);
        // what is shown and the actions stay in view; the metrics scroll under them
        FormColumn formColumn = FormColumn.of(List.of(title, periodChooser(), form.actions()),
                List.of(grid(form), form.feedback()));
        VBox root = RecordSection.build("statistics-view", "section.statistics", enterprises(), formColumn, 0.3);
        form.installKeys(root, () -> RecordSection.confirmDiscard(dialogs));
        return root;
    }

    private Node enterprises() {
        ListView<Enterprise> list = new ListView<>(model.enterprises());
        list.setId("stat-enterprises");
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Enterprise enterprise, boolean empty) {
                super.updateItem(enterprise, empty);
                setText(empty || enterprise == null ? null : enterprise.name());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, enterprise) -> {
            if (enterprise != null && !model.refreshingProperty().get()) {
                model.enterpriseProperty().set(enterprise);
            }
        });
        model.enterpriseProperty().addListener((obs, old, enterprise) -> list.getSelectionModel().select(enterprise));
        // a list read again after a change elsewhere keeps the chosen enterprise selected
        model.enterprises().addListener((ListChangeListener<Enterprise>) change ->
                list.getSelectionModel().select(model.enterpriseProperty().get()));
        VBox.setVgrow(list, Priority.ALWAYS);
        Label heading = new Label(I18n.tr("records.stat.enterprises"));
        heading.getStyleClass().add(RecordStyles.STAT_HEADER);
        VBox box = new VBox(8, heading, list);
        box.setMinWidth(200);
        return box;
    }

    private Node periodChooser() {
        PeriodPicker picker = PeriodPicker.create("stat", model.periodTypeProperty(), model.yearProperty(),
                model.partProperty(), model.parts());
        HBox box = new HBox(8, label("records.stat.periodType"), picker.type(), label("records.stat.year"),
                picker.year(), picker.part());
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /**
     * Metric, unit, value, last year's value, change; the value fields are decorated per metric and what is
     * said about a metric shows under its row.
     */
    private Node grid(FormSupport form) {
        GridPane grid = new GridPane();
        grid.setId("stat-grid");
        grid.getStyleClass().add(RecordStyles.STAT_GRID);
        String[] headers = {"records.stat.metric", "records.stat.unit", "records.stat.value", "records.stat.lastYear",
            "records.stat.change"};
        for (int column = 0; column < headers.length; column++) {
            Label header = fixed(label(headers[column]));
            header.getStyleClass().add(RecordStyles.STAT_HEADER);
            grid.add(header, column, 0);
        }
        int row = 1;
        for (StatisticsRow line : model.rows()) {
            String code = line.metric().code();
            TextField value = FormControls.text("stat-value-" + code, line.valueProperty());
            value.setPrefColumnCount(10);
            value.setAlignment(Pos.CENTER_RIGHT);
            value.editableProperty().bind(model.entryOpenProperty());
            form.bind(code, value);
            Label lastYear = new Label();
            lastYear.setId("stat-last-" + code);
            lastYear.textProperty().bind(line.lastYearProperty());
            lastYear.getStyleClass().add(RecordStyles.STAT_LAST_YEAR);
            Label change = new Label();
            change.setId("stat-change-" + code);
            change.textProperty().bind(line.changeProperty());
            line.jumpProperty().addListener((obs, was, jump) -> {
                if (jump) {
                    change.getStyleClass().add(RecordStyles.STAT_JUMP);
                } else {
                    change.getStyleClass().remove(RecordStyles.STAT_JUMP);
                }
            });
            grid.addRow(row++, fixed(new Label(line.label())), fixed(new Label(line.metric().unit())), value,
                    fixed(lastYear), fixed(change));
            // the metric's messages on a row of their own under it, across the grid
            grid.add(form.messages(code), 0, row++, 5, 1);
            GridPane.setHalignment(lastYear, HPos.RIGHT);
            GridPane.setHalignment(change, HPos.RIGHT);
        }
        return grid;
    }

    /** A label that is never cut short: the grid scrolls rather than showing "主营业务…". */
    private static Label fixed(Label label) {
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static Label label(String key) {
        return new Label(I18n.tr(key));
    }
}
