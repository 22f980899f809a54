package org.ecopark.ledger.gui.collection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.apache.poi.ss.util.CellReference;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.gui.records.FormControls;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.ImportProblem;
import org.ecopark.ledger.logic.collection.ListKind;

/** The "list import" tab: file, kind, sheet, the column mapping over a preview, check, import. */
final class ListImportPane {

    private final ListImportModel model;
    private final DialogService dialogs;
    private final GridPane mapping = new GridPane();
    private final TableView<List<String>> preview = new TableView<>();

    ListImportPane(ListImportModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    Node build() {
        Label intro = new Label(I18n.tr("collection.gui.listIntro"));
        intro.getStyleClass().add(CollectionStyles.HINT);
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        ComboBox<ListKind> kind = FormControls.choice("list-kind", Arrays.asList(ListKind.values()), "collection.listKind.",
                model.kindProperty());
        kind.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label file = new Label();
        file.setId("list-file");
        model.fileProperty().addListener((obs, old, path) -> file.setText(path == null ? "" : path.getFileName().toString()));
        Button choose = new Button(I18n.tr("collection.gui.chooseFile"));
        choose.setId("list-choose");
        choose.setOnAction(event -> chooseFile());
        ComboBox<String> sheet = new ComboBox<>(model.sheets());
        sheet.setId("list-sheet");
        sheet.valueProperty().bindBidirectional(model.sheetProperty());
        sheet.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.sheets()));

        mapping.setId("list-mapping");
        mapping.getStyleClass().add(CollectionStyles.MAPPING);
        model.mapping().addListener((ListChangeListener<ListImportModel.Mapping>) change -> rebuildMapping());
        model.headers().addListener((ListChangeListener<String>) change -> {
            rebuildMapping();
            rebuildPreview();
        });
        rebuildMapping();
        preview.setId("list-preview");
        preview.setItems(model.rows());
        preview.getStyleClass().add(CollectionStyles.TABLE);
        preview.setPlaceholder(new Label(I18n.tr("collection.gui.noFile")));

        Button check = new Button(I18n.tr("collection.gui.check"));
        check.setId("list-check");
        check.disableProperty().bind(model.fileProperty().isNull().or(model.work().runningProperty()));
        check.setOnAction(event -> model.check());
        TextField explanation = FormControls.text("list-explanation", model.explanationProperty());
        explanation.setPromptText(I18n.tr("collection.gui.listExplanation"));
        explanation.setPrefColumnCount(30);
        Button commit = new Button(I18n.tr("collection.gui.commit"));
        commit.setId("list-commit");
        commit.disableProperty().bind(model.canCommit().not());
        commit.setOnAction(event -> model.commit());
        model.unexpectedProperty().addListener((obs, old, error) -> {
            if (error != null) {
                dialogs.showError(I18n.tr("collection.gui.importFailed"), error);
            }
        });

        TableView<ImportProblem> problems = new TableView<>(model.problems());
        problems.setId("list-problems");
        problems.getStyleClass().add(CollectionStyles.TABLE);
        problems.setPlaceholder(new Label(I18n.tr("collection.gui.noProblems")));
        problems.getColumns().add(ImportPane.column("collection.report.sheet", 90, ImportProblem::sheet));
        problems.getColumns().add(ImportPane.column("collection.report.cell", 60, ImportProblem::cell));
        problems.getColumns().add(ImportPane.column("collection.report.severity", 60,
                problem -> I18n.tr("collection.severity." + problem.severity().name())));
        problems.getColumns().add(ImportPane.column("collection.report.reason", 520, ImportProblem::reason));
        VBox.setVgrow(preview, Priority.ALWAYS);
        VBox.setVgrow(problems, Priority.ALWAYS);
        VBox body = new VBox(intro,
                TemplatesPane.row(new Label(I18n.tr("collection.gui.listKind")), kind, choose, file,
                        new Label(I18n.tr("collection.gui.sheet")), sheet),
                new Label(I18n.tr("collection.gui.mapping")), mapping, preview,
                TemplatesPane.row(check, explanation, commit),
                WorkBar.build(model.work(), "list", model::cancel),
                WorkBar.status("list-summary", model.summaryProperty(), model.failedProperty()),
                problems);
        body.getStyleClass().add(CollectionStyles.TAB_BODY);
        return body;
    }

    /** Asks for the list's file and previews it. */
    void chooseFile() {
        dialogs.chooseFile(I18n.tr("collection.gui.chooseFile"), I18n.tr("collection.gui.lists"), "*.xlsx", "*.xls",
                "*.csv").ifPresent(model::choose);
    }

    /** One line per field: its name (bold when required) and the column it comes from. */
    private void rebuildMapping() {
        mapping.getChildren().clear();
        List<Integer> columns = new ArrayList<>();
        columns.add(null);
        for (int i = 0; i < model.headers().size(); i++) {
            columns.add(i);
        }
        int index = 0;
        for (ListImportModel.Mapping row : model.mapping()) {
            ListKind kind = model.kindProperty().get();
            Label label = new Label(kind.label(row.field()) + (kind.isRequired(row.field()) ? " *" : ""));
            if (kind.isRequired(row.field())) {
                label.getStyleClass().add(CollectionStyles.REQUIRED);
            }
            ComboBox<Integer> column = new ComboBox<>();
            column.getItems().setAll(columns);
            column.setId("list-map-" + row.field());
            column.setConverter(Shown.as(value -> CellReference.convertNumToColString(value) + "  "
                    + (value < model.headers().size() ? model.headers().get(value) : ""),
                    I18n.tr("collection.gui.notImported")));
            column.valueProperty().bindBidirectional(row.columnProperty());
            mapping.add(label, (index % 3) * 2, index / 3);
            mapping.add(column, (index % 3) * 2 + 1, index / 3);
            index++;
        }
    }

    private void rebuildPreview() {
        preview.getColumns().clear();
        for (int i = 0; i < model.headers().size(); i++) {
            int column = i;
            TableColumn<List<String>, String> tableColumn = new TableColumn<>(
                    CellReference.convertNumToColString(i) + " " + model.headers().get(i));
            tableColumn.setCellValueFactory(data -> new ReadOnlyStringWrapper(
                    column < data.getValue().size() ? data.getValue().get(column) : ""));
            tableColumn.setPrefWidth(120);
            preview.getColumns().add(tableColumn);
        }
    }
}
