package org.ecopark.ledger.gui.bureau;

import java.io.File;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import java.util.function.BiConsumer;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerTables;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.gui.common.WorkDialogs;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ReceivedPackage;

/**
 * 报送情况: the period picker, every park's state for it in a table that also takes packages dropped on it, and the
 * buttons to receive packages (files or a folder) and to return the chosen park's received package.
 */
public final class StatusView {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StatusViewModel model;
    private final DialogService dialogs;
    /** Opens the comparison of a re-submission (its received package's id) over a window: 查看变化. */
    private final BiConsumer<Window, Long> compare;

    public StatusView(StatusViewModel model, DialogService dialogs, BiConsumer<Window, Long> compare) {
        this.model = model;
        this.dialogs = dialogs;
        this.compare = compare;
    }

    /** The section; registered in {@link BureauSection}. */
    static Node create(ViewContext context) {
        StatusViewModel model = new StatusViewModel(context::services, context.executor(), LocalDate.now());
        context.memory().keep("bureau.status.period", ReportPeriod.class, model.periodProperty());
        Node view = new StatusView(model, context.dialogs(), (owner, id) -> ResubmissionDiffDialog.show(owner,
                context.services(), context.dialogs(), context.executor(), id)).build();
        context.refresh().watch(view, LedgerTables.SUBMISSIONS, model::refresh);
        return view;
    }

    public VBox build() {
        Label title = new Label(I18n.tr("bureau.section.status"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label hint = new Label(I18n.tr("bureau.gui.status.hint"));
        hint.getStyleClass().add(BureauStyles.HINT);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        ComboBox<ReportPeriod> period = new ComboBox<>(model.periods());
        period.setId("bureau-period");
        period.setConverter(Shown.as(ReportPeriod::describe));
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.setVisibleRowCount(14);
        Label periodLabel = new Label(I18n.tr("bureau.gui.period"));
        periodLabel.getStyleClass().add(Styles.FORM_LABEL);
        HBox periodRow = new HBox(periodLabel, period);
        periodRow.getStyleClass().add(BureauStyles.ROW);

        TableView<SubmissionStatus.Row> table = table();
        VBox.setVgrow(table, Priority.ALWAYS);

        Label message = BureauControls.message("bureau-status-message", model.work(), dialogs);
        model.intakeProperty().addListener((obs, old, lines) -> {
            if (lines != null) {
                javafx.scene.control.Dialog<?> dialog = IntakeResultDialog.create(table.getScene().getWindow(), lines);
                dialog.show();
                WorkDialogs.fitToPane(dialog);
            }
        });

        VBox root = new VBox(title, hint, periodRow, buttons(table), message, table);
        root.setId("bureau-status-view");
        root.getStyleClass().addAll(Styles.PAGE, BureauStyles.SECTION);
        root.getStylesheets().add(StatusView.class.getResource(BureauStyles.STYLESHEET).toExternalForm());
        return root;
    }

    private HBox buttons(TableView<SubmissionStatus.Row> table) {
        Button receive = new Button(I18n.tr("bureau.gui.receive"));
        receive.setId("bureau-receive");
        receive.setDefaultButton(true);
        receive.disableProperty().bind(model.work().runningProperty());
        receive.setOnAction(event -> model.receive(dialogs.chooseFiles(I18n.tr("bureau.gui.receive"),
                I18n.tr("bureau.gui.zipFiles"), "*.zip")));
        Button folder = new Button(I18n.tr("bureau.gui.receiveFolder"));
        folder.setId("bureau-receive-folder");
        folder.disableProperty().bind(model.work().runningProperty());
        folder.setOnAction(event -> dialogs.chooseFolder(I18n.tr("bureau.gui.receiveFolder"), null)
                .ifPresent(chosen -> model.receive(List.of(chosen))));
        Button giveBack = new Button(I18n.tr("bureau.gui.return"));
        giveBack.setId("bureau-return");
        giveBack.disableProperty().bind(model.canReturn().not());
        giveBack.setOnAction(event -> returnChosen(table));
        Button changes = new Button(I18n.tr("bureau.gui.compare"));
        changes.setId("bureau-compare");
        changes.disableProperty().bind(model.canCompare().not());
        changes.setOnAction(event -> {
            SubmissionStatus.Row row = model.selectedProperty().get();
            if (row != null && row.current() != null) {
                compare.accept(changes.getScene().getWindow(), row.current().id());
            }
        });
        Button addPark = new Button(I18n.tr("bureau.gui.addPark"));
        addPark.setId("bureau-add-park");
        addPark.disableProperty().bind(model.work().runningProperty());
        addPark.setOnAction(event -> choosePark(addPark));
        HBox row = new HBox(receive, folder, giveBack, changes, addPark);
        row.getStyleClass().add(BureauStyles.ROW);
        return row;
    }

    /** Offers the catalog's parks that are not the bureau's yet, and adds the one chosen. */
    private void choosePark(Button owner) {
        List<Park> parks = model.parksToAdd();
        if (parks.isEmpty()) {
            dialogs.showInfo(I18n.tr("bureau.gui.addPark"), I18n.tr("bureau.gui.addPark.none"));
            return;
        }
        java.util.Map<String, Park> byText = new java.util.LinkedHashMap<>();
        parks.forEach(park -> byText.put(park.code() + "  " + park.nameIn(I18n.locale()), park));
        javafx.scene.control.ChoiceDialog<String> choice = new javafx.scene.control.ChoiceDialog<>(
                byText.keySet().iterator().next(), byText.keySet());
        choice.initOwner(owner.getScene().getWindow());
        choice.setTitle(I18n.tr("bureau.gui.addPark"));
        choice.setHeaderText(I18n.tr("bureau.gui.addPark.header"));
        choice.getDialogPane().setId("bureau-add-park-dialog");
        choice.showAndWait().map(byText::get).ifPresent(model::addPark);
    }

    /** Asks why, then where the note goes, then returns the package. */
    private void returnChosen(TableView<SubmissionStatus.Row> table) {
        SubmissionStatus.Row row = model.selectedProperty().get();
        if (row == null) {
            return;
        }
        ReturnDialog.create(table.getScene().getWindow(), row).showAndWait()
                .ifPresent(reason -> dialogs.chooseFileToWrite(I18n.tr("bureau.gui.return.save"),
                        model.returnNoteName(), I18n.tr("bureau.gui.zipFiles"), "*.zip")
                        .ifPresent(note -> model.returnPackage(reason, note)));
    }

    private TableView<SubmissionStatus.Row> table() {
        TableView<SubmissionStatus.Row> table = new TableView<>(model.rows());
        table.setId("bureau-status-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(I18n.tr("bureau.gui.status.noParks")));
        TableColumn<SubmissionStatus.Row, String> code = BureauControls.column("bureau.gui.column.code", 90,
                row -> row.park().code());
        code.setMinWidth(90);
        table.getColumns().add(code);
        // the short name (枣庄市中区) fits; the full name in the row's tooltip
        table.getColumns().add(BureauControls.<SubmissionStatus.Row>column("bureau.gui.column.park", 150,
                row -> row.park().shortNameIn(I18n.locale())));
        TableColumn<SubmissionStatus.Row, SubmissionStatus.Row> state = new TableColumn<>(I18n.tr("bureau.gui.column.state"));
        state.setPrefWidth(210);
        state.setCellValueFactory(cell -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cell.getValue()));
        state.setCellFactory(column -> new StateCell());
        table.getColumns().add(state);
        // a time is read whole; a fingerprint is checked against the cover, whole in its tooltip
        for (var time : List.of(BureauControls.<SubmissionStatus.Row>column("bureau.gui.column.created", 145, row -> time(row, ReceivedPackage::createdAt)),
                BureauControls.<SubmissionStatus.Row>column("bureau.gui.column.received", 145, row -> time(row, ReceivedPackage::receivedAt)))) {
            time.setMinWidth(145);
            table.getColumns().add(time);
        }
        table.getColumns().add(BureauControls.<SubmissionStatus.Row>column("bureau.gui.column.fingerprint", 170,
                row -> row.current() == null ? "" : row.current().signerFingerprint()));
        table.getColumns().add(BureauControls.<SubmissionStatus.Row>column("bureau.gui.column.file", 150,
                row -> row.current() == null ? "" : row.current().fileName()));
        table.setRowFactory(view -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(SubmissionStatus.Row row, boolean empty) {
                super.updateItem(row, empty);
                setTooltip(empty || row == null ? null
                        : new javafx.scene.control.Tooltip(row.park().nameIn(I18n.locale())));
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((obs, old, now) -> {
            if (now != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(now);
            }
        });
        acceptDrops(table);
        return table;
    }

    /** Packages and folders dropped on the table are received like those chosen. */
    private void acceptDrops(TableView<SubmissionStatus.Row> table) {
        table.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles() && !model.work().runningProperty().get()) {
                event.acceptTransferModes(TransferMode.COPY);
                if (!table.getStyleClass().contains(BureauStyles.DROP_TARGET)) {
                    table.getStyleClass().add(BureauStyles.DROP_TARGET);
                }
            }
            event.consume();
        });
        table.setOnDragExited(event -> table.getStyleClass().remove(BureauStyles.DROP_TARGET));
        table.setOnDragDropped(event -> {
            boolean files = event.getDragboard().hasFiles();
            if (files) {
                model.receive(event.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            event.setDropCompleted(files);
            event.consume();
        });
    }

    private static String time(SubmissionStatus.Row row, Function<ReceivedPackage, Instant> when) {
        return row.current() == null ? "" : TIME.format(when.apply(row.current()).atZone(ZoneId.systemDefault()));
    }

    /** The park's state in its colour. */
    private static final class StateCell extends TableCell<SubmissionStatus.Row, SubmissionStatus.Row> {

        @Override
        protected void updateItem(SubmissionStatus.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeIf(style -> style.startsWith("bureau-state-"));
            if (empty || row == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            Label label = new Label(row.stateText());
            label.getStyleClass().add(BureauStyles.STATE);
            getStyleClass().add(BureauStyles.state(row.state()));
            setGraphic(label);
            setTooltip(new javafx.scene.control.Tooltip(row.stateText()));
        }
    }
}
