package org.ecopark.ledger.gui.dashboard;

import java.io.File;
import java.io.IOException;
import java.util.function.Function;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.gui.common.DatePickers;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.MilestoneEvidence;

/**
 * A milestone's evidence on its page: what is recorded, a form for a new piece (completion date, note,
 * file), and the recorded file opened or saved elsewhere.
 */
final class EvidencePane {

    private final EvidenceViewModel model;
    private final ViewContext context;
    private final TableView<MilestoneEvidence> table;

    EvidencePane(EvidenceViewModel model, ViewContext context) {
        this.model = model;
        this.context = context;
        this.table = new TableView<>(model.evidence());
    }

    Node build() {
        Label title = new Label(I18n.tr("indicators.detail.evidence.title"));
        title.getStyleClass().add(DashboardStyles.SECTION_TITLE);
        table.setId("evidence-table");
        table.getColumns().add(column("indicators.detail.evidence.completed",
                e -> TargetTrajectoryView.date(e.completedOn()), 110));
        table.getColumns().add(column("indicators.detail.evidence.note", e -> e.note() == null ? "" : e.note(), 300));
        table.getColumns().add(column("indicators.detail.evidence.file", e -> e.hasFile() ? e.fileName() : "", 200));
        table.getColumns().add(column("indicators.detail.evidence.recorded",
                e -> e.recordedBy() + " " + (e.recordedAt() == null ? "" : e.recordedAt().toString().substring(0, 10)), 160));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        table.setPlaceholder(new Label(I18n.tr("indicators.detail.evidence.none")));
        table.setPrefHeight(170);
        table.setMinHeight(120);

        Button open = action("evidence-open", "indicators.detail.evidence.open", this::openFile, true);
        Button saveAs = action("evidence-save-as", "indicators.detail.evidence.saveAs", this::saveAs, true);
        Button delete = action("evidence-delete", "indicators.detail.evidence.delete", this::delete, false);
        HBox actions = new HBox(8, open, saveAs, delete);

        VBox pane = new VBox(8, title, table, actions, form());
        pane.setId("evidence-pane");
        pane.getStyleClass().add(DashboardStyles.EVIDENCE);
        return pane;
    }

    private Node form() {
        DatePicker completed = DatePickers.iso("evidence-completed");
        completed.valueProperty().bindBidirectional(model.completedOnProperty());
        TextArea note = new TextArea();
        note.setId("evidence-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());
        Label file = new Label();
        file.setId("evidence-file");
        file.textProperty().bind(Bindings.createStringBinding(() -> model.fileProperty().get() == null
                ? I18n.tr("indicators.detail.evidence.noFile") : model.fileProperty().get().getFileName().toString(),
                model.fileProperty()));
        Button attach = new Button(I18n.tr("indicators.detail.evidence.attach"));
        attach.setId("evidence-attach");
        attach.setOnAction(event -> {
            File chosen = new FileChooser().showOpenDialog(window());
            if (chosen != null) {
                model.fileProperty().set(chosen.toPath());
            }
        });
        Button save = new Button(I18n.tr("indicators.detail.evidence.save"));
        save.setId("evidence-save");
        save.setDefaultButton(true);
        save.disableProperty().bind(model.busyProperty());
        save.setOnAction(event -> model.save());
        Label problem = new Label();
        problem.setId("evidence-problem");
        problem.getStyleClass().add(DashboardStyles.PROBLEM);
        problem.textProperty().bind(model.problemProperty());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, label("indicators.detail.evidence.completed"), completed);
        grid.addRow(1, label("indicators.detail.evidence.note"), note);
        HBox fileRow = new HBox(8, attach, file);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        grid.addRow(2, label("indicators.detail.evidence.file"), fileRow);
        GridPane.setHgrow(note, Priority.ALWAYS);
        HBox saveRow = new HBox(12, save, problem);
        saveRow.setAlignment(Pos.CENTER_LEFT);
        Label heading = new Label(I18n.tr("indicators.detail.evidence.add"));
        heading.getStyleClass().add(DashboardStyles.SECTION_TITLE);
        return new VBox(8, heading, grid, saveRow);
    }

    private Button action(String id, String key, Runnable action, boolean needsFile) {
        Button button = new Button(I18n.tr(key));
        button.setId(id);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            MilestoneEvidence selected = table.getSelectionModel().getSelectedItem();
            return selected == null || needsFile && !selected.hasFile() || model.busyProperty().get();
        }, table.getSelectionModel().selectedItemProperty(), model.busyProperty()));
        button.setOnAction(event -> action.run());
        return button;
    }

    /** Writes the file to a temporary copy and hands it to the system's program for its type. */
    private void openFile() {
        MilestoneEvidence selected = table.getSelectionModel().getSelectedItem();
        try {
            model.exportFile(selected, EvidenceViewModel.temporaryCopy(selected),
                    copy -> Documents.HOST.showDocument(copy.toUri().toString()));
        } catch (IOException e) {
            context.dialogs().showError(I18n.tr("indicators.detail.evidence.error"), e);
        }
    }

    private void saveAs() {
        MilestoneEvidence selected = table.getSelectionModel().getSelectedItem();
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(selected.fileName());
        File chosen = chooser.showSaveDialog(window());
        if (chosen != null) {
            model.exportFile(selected, chosen.toPath(), saved -> { });
        }
    }

    private void delete() {
        MilestoneEvidence selected = table.getSelectionModel().getSelectedItem();
        if (context.dialogs().confirm(I18n.tr("indicators.detail.evidence.delete"),
                I18n.tr("indicators.detail.evidence.deleteConfirm"))) {
            model.delete(selected);
        }
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }

    private static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        return label;
    }

    private static TableColumn<MilestoneEvidence, String> column(String key,
            Function<MilestoneEvidence, String> value, double width) {
        TableColumn<MilestoneEvidence, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    /**
     * Opens files with the program the system associates with them, without AWT's Desktop (which does not
     * mix well with the FX thread). The window's Application is not reachable from a section, and the
     * host services of any Application instance open documents the same way.
     */
    private static final class Documents extends Application {
        static final HostServices HOST = new Documents().getHostServices();

        @Override
        public void start(Stage stage) {
            // never launched: only its host services are used
        }
    }
}
