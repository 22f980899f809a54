package org.ecopark.ledger.gui.bureau;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.PackageRecords;

/** The package behind a matrix row and the park's records behind its figure, with the package saved as a file. */
final class PackageDetailDialog {

    /** Room for the facts and a screenful of records on a 1366 × 768 screen. */
    private static final double WIDTH = 1000;
    private static final double HEIGHT = 640;

    private final PackageDetailViewModel model;
    private final Dialog<Void> dialog = new Dialog<>();

    PackageDetailDialog(PackageDetailViewModel model, Window owner) {
        this.model = model;
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.NONE);
    }

    /** Shows the dialog without waiting for it, and loads what it shows. */
    void show() {
        MatrixRow row = model.row();
        dialog.setTitle(I18n.tr("bureau.detail.title", row.parkName(), row.targetCode()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("package-detail");
        dialog.getDialogPane().getStylesheets().add(PackageDetailDialog.class
                .getResource(ConsolidationStyles.STYLESHEET).toExternalForm());
        dialog.getDialogPane().setContent(content());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(I18n.tr("bureau.detail.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        // the facts and records come after the dialog is shown: it has their size from the start
        dialog.getDialogPane().setMinSize(WIDTH, HEIGHT);
        dialog.getDialogPane().setPrefSize(WIDTH, HEIGHT);
        dialog.show();
        model.load();
    }

    private Node content() {
        MatrixRow row = model.row();
        Label heading = new Label(I18n.tr("bureau.detail.heading", row.parkName(), row.targetCode(), row.title(),
                row.indicator()));
        heading.setId("detail-heading");
        heading.getStyleClass().add(Styles.SUBTITLE);
        heading.setWrapText(true);

        GridPane facts = new GridPane();
        facts.setId("detail-facts");
        facts.getStyleClass().add(ConsolidationStyles.FACTS);
        model.facts().addListener((ListChangeListener<PackageDetailViewModel.Fact>) change -> fill(facts));

        Label note = new Label();
        note.setId("detail-records-note");
        note.textProperty().bind(model.recordsNoteProperty());
        TableView<List<String>> records = new TableView<>();
        records.setId("detail-records");
        records.setPlaceholder(new Label(""));
        model.recordsProperty().addListener((obs, old, shown) -> fill(records, shown));
        VBox.setVgrow(records, Priority.ALWAYS);

        Button save = new Button(I18n.tr("bureau.detail.save"));
        save.setId("detail-save");
        save.disableProperty().bind(Bindings.isEmpty(model.facts()));
        save.setOnAction(event -> model.save());
        Label saved = new Label();
        saved.setId("detail-saved");
        saved.getStyleClass().add(Styles.MUTED);
        saved.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(8, save, saved);

        return new VBox(8, heading, facts, note, records, actions);
    }

    private void fill(GridPane facts) {
        facts.getChildren().clear();
        int line = 0;
        for (PackageDetailViewModel.Fact fact : model.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add(ConsolidationStyles.FACT_LABEL);
            label.setMinWidth(Region.USE_PREF_SIZE);
            // a text field that reads as a label, so that a fingerprint or a hash can be copied
            TextField value = new TextField(fact.value());
            value.setId(fact.id());
            value.setEditable(false);
            value.getStyleClass().add(ConsolidationStyles.FACT_VALUE);
            GridPane.setHgrow(value, Priority.ALWAYS);
            facts.addRow(line++, label, value);
        }
    }

    /** Names and titles are a table's long texts; numbers and credit codes are long codes. */
    private static double width(String key) {
        String lower = key.toLowerCase(java.util.Locale.ROOT);
        return lower.matches(".*(name|title).*") ? 220 : lower.matches(".*(number|uscc).*") ? 170 : 110;
    }

    private static void fill(TableView<List<String>> table, PackageRecords.Records shown) {
        table.getColumns().clear();
        if (shown == null) {
            table.setItems(FXCollections.observableArrayList());
            return;
        }
        for (int i = 0; i < shown.keys().size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(shown.headers().get(i));
            column.setId("detail-col-" + shown.keys().get(i));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().get(index)));
            column.setPrefWidth(width(shown.keys().get(i)));
            table.getColumns().add(column);
        }
        table.setItems(FXCollections.observableArrayList(shown.rows()));
    }
}
