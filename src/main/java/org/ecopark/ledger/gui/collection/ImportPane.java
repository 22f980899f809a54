package org.ecopark.ledger.gui.collection;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.gui.records.FormControls;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.PlannedChange;

/** The "import workbooks" tab: choose, check, read the report and the preview, explain warnings, commit. */
final class ImportPane {

    private final ImportModel model;
    private final DialogService dialogs;

    ImportPane(ImportModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    Node build() {
        Label intro = new Label(I18n.tr("collection.gui.importIntro"));
        intro.getStyleClass().add(CollectionStyles.HINT);
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        Button chooseFiles = new Button(I18n.tr("collection.gui.chooseFiles"));
        chooseFiles.setId("import-choose-files");
        chooseFiles.setOnAction(event -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.tr("collection.gui.chooseFiles"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("collection.gui.workbooks"), "*.xlsx"));
            List<File> chosen = chooser.showOpenMultipleDialog(chooseFiles.getScene().getWindow());
            if (chosen != null && !chosen.isEmpty()) {
                model.choose(chosen.stream().map(File::toPath).toList());
            }
        });
        Button chooseFolder = new Button(I18n.tr("collection.gui.chooseFolder"));
        chooseFolder.setId("import-choose-folder");
        chooseFolder.setOnAction(event -> {
            File chosen = new DirectoryChooser().showDialog(chooseFolder.getScene().getWindow());
            if (chosen != null) {
                model.choose(List.of(chosen.toPath()));
            }
        });
        CheckBox onlyPeriod = FormControls.check("import-only-period", "collection.gui.onlyPeriod", model.onlyPeriodProperty());
        Button recheck = new Button(I18n.tr("collection.gui.recheck"));
        recheck.setId("import-recheck");
        recheck.disableProperty().bind(model.work().runningProperty().or(javafx.beans.binding.Bindings.isEmpty(model.files())));
        recheck.setOnAction(event -> model.analyse());

        CheckBox replace = FormControls.check("import-replace", "collection.gui.replace", model.replaceConfirmedProperty());
        replace.visibleProperty().bind(model.hasReimportProperty());
        replace.managedProperty().bind(model.hasReimportProperty());
        Button commit = new Button(I18n.tr("collection.gui.commit"));
        commit.setId("import-commit");
        commit.setDefaultButton(true);
        commit.disableProperty().bind(model.canCommit().not());
        commit.setOnAction(event -> model.commit());
        Button save = new Button(I18n.tr("collection.gui.saveReport"));
        save.setId("import-save-report");
        save.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.problems())
                .and(javafx.beans.binding.Bindings.isEmpty(model.changes())));
        save.setOnAction(event -> saveReport(save));
        model.unexpectedProperty().addListener((obs, old, error) -> {
            if (error != null) {
                dialogs.showError(model.summaryProperty().get(), error); // what was and was not imported
            }
        });

        TableView<ImportModel.ProblemRow> problems = problems();
        TableView<PlannedChange> preview = preview();
        VBox body = new VBox(intro, TemplatesPane.row(chooseFiles, chooseFolder, onlyPeriod, recheck),
                WorkBar.build(model.work(), "import", model::cancel),
                WorkBar.status("import-summary", model.summaryProperty(), model.failedProperty()),
                new Label(I18n.tr("collection.gui.problems")), problems,
                new Label(I18n.tr("collection.gui.preview")), preview,
                TemplatesPane.row(replace, commit, save));
        VBox.setVgrow(problems, Priority.ALWAYS);
        VBox.setVgrow(preview, Priority.ALWAYS);
        body.getStyleClass().add(CollectionStyles.TAB_BODY);
        return body;
    }

    private void saveReport(Node owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(I18n.tr("collection.gui.saveReport"));
        chooser.setInitialFileName(I18n.tr("collection.gui.reportFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("collection.gui.workbooks"), "*.xlsx"));
        File target = chooser.showSaveDialog(owner.getScene().getWindow());
        if (target != null) {
            try {
                model.saveReport(target.toPath());
            } catch (IOException e) {
                dialogs.showError(I18n.tr("collection.gui.reportFailed", target), e);
            }
        }
    }

    private TableView<ImportModel.ProblemRow> problems() {
        TableView<ImportModel.ProblemRow> table = new TableView<>(model.problems());
        table.setId("import-problems");
        table.getStyleClass().add(CollectionStyles.TABLE);
        table.setPlaceholder(new Label(I18n.tr("collection.gui.noProblems")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        TableColumn<ImportModel.ProblemRow, String> file = withTooltips(column("collection.report.file", 250,
                row -> row.problem().file()));
        fitToContent(table, file, row -> row.problem().file());
        table.getColumns().add(file);
        table.getColumns().add(column("collection.report.sheet", 90, row -> row.problem().sheet()));
        table.getColumns().add(column("collection.report.cell", 70, row -> row.problem().cell()));
        TableColumn<ImportModel.ProblemRow, String> severity = column("collection.report.severity", 60,
                row -> I18n.tr("collection.severity." + row.problem().severity().name()));
        severity.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                getStyleClass().removeAll(CollectionStyles.ERROR_CELL, CollectionStyles.WARNING_CELL);
                setText(empty ? null : text);
                ImportModel.ProblemRow row = empty ? null : getTableRow().getItem();
                if (row != null) {
                    getStyleClass().add(row.problem().isError() ? CollectionStyles.ERROR_CELL : CollectionStyles.WARNING_CELL);
                }
            }
        });
        table.getColumns().add(severity);
        // narrower than the reasons, which wrap: the file name beside them, which names the enterprise, is read whole
        table.getColumns().add(wrapping(column("collection.report.reason", 300, row -> row.problem().reason())));
        TableColumn<ImportModel.ProblemRow, ImportModel.ProblemRow> explanation =
                new TableColumn<>(I18n.tr("collection.gui.explanation"));
        explanation.setPrefWidth(220);
        explanation.setCellValueFactory(data -> new javafx.beans.property.ReadOnlyObjectWrapper<>(data.getValue()));
        explanation.setCellFactory(col -> new ExplanationCell());
        table.getColumns().add(explanation);
        return table;
    }

    private TableView<PlannedChange> preview() {
        TableView<PlannedChange> table = new TableView<>(model.changes());
        table.setId("import-preview");
        table.getStyleClass().add(CollectionStyles.TABLE);
        table.setPlaceholder(new Label(I18n.tr("collection.gui.noChanges")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        TableColumn<PlannedChange, String> file = withTooltips(column("collection.report.file", 250, PlannedChange::file));
        fitToContent(table, file, PlannedChange::file);
        table.getColumns().add(file);
        table.getColumns().add(column("collection.report.enterprise", 220, PlannedChange::enterprise));
        table.getColumns().add(withTooltips(column("collection.report.item", 220, PlannedChange::item)));
        table.getColumns().add(column("collection.report.period", 80, PlannedChange::period));
        table.getColumns().add(column("collection.report.old", 100, PlannedChange::oldValue));
        table.getColumns().add(column("collection.report.new", 100, PlannedChange::newValue));
        table.getColumns().add(column("collection.report.kind", 60, change -> I18n.tr("collection.change." + change.kind().name())));
        return table;
    }

    /** Longest a file name column grows to fit its names; a longer one shows whole on hovering. */
    static final double MAX_FILE_WIDTH = 480;

    /** A column never narrower than its header's text, so a header is never cut to "单…". */
    static <S> TableColumn<S, String> column(String titleKey, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(I18n.tr(titleKey));
        column.setMinWidth(textWidth(column.getText()));
        column.setPrefWidth(Math.max(width, column.getMinWidth()));
        column.setCellValueFactory(data -> (ObservableValue<String>) new ReadOnlyStringWrapper(value.apply(data.getValue())));
        return column;
    }

    /**
     * Widens {@code column} to the longest of its values whenever the rows change (up to {@link #MAX_FILE_WIDTH}), so
     * that a file name, which names the enterprise, is read whole in the list.
     */
    static <S> void fitToContent(TableView<S> table, TableColumn<S, String> column, Function<S, String> value) {
        double least = column.getPrefWidth();
        table.getItems().addListener((javafx.collections.ListChangeListener<S>) change ->
                // once the rows are laid out, in the font the theme gives the table's cells
                javafx.application.Platform.runLater(() -> {
                    javafx.scene.text.Font font = table.lookup(".table-row-cell .table-cell")
                            instanceof javafx.scene.control.Labeled cell ? cell.getFont() : null;
                    double widest = table.getItems().stream().map(value).filter(text -> text != null)
                            .mapToDouble(text -> textWidth(text, font)).max().orElse(0);
                    double width = Math.min(MAX_FILE_WIDTH, Math.max(least, widest));
                    column.setMinWidth(width); // the table's resize policy would otherwise take from it first
                    column.setPrefWidth(width);
                }));
    }

    /** The width {@code text} takes in a table cell or header of the default font, with the cell's padding. */
    static double textWidth(String text) {
        return textWidth(text, null);
    }

    /** As {@link #textWidth(String)} in {@code font}; null for the default font at the theme's 14 px. */
    static double textWidth(String text, javafx.scene.text.Font font) {
        javafx.scene.text.Text shape = new javafx.scene.text.Text(text);
        javafx.scene.text.Font base = javafx.scene.text.Font.getDefault();
        shape.setFont(font != null ? font : javafx.scene.text.Font.font(base.getFamily(), Math.max(14, base.getSize())));
        return Math.ceil(shape.getLayoutBounds().getWidth()) + 24; // the cell's padding
    }

    /** Shows a cell's text on as many lines as it needs within the column's width. */
    static <S> TableColumn<S, String> wrapping(TableColumn<S, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(col.widthProperty().subtract(16));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        });
        return column;
    }

    /** Shows a cell's whole text on hovering: reasons and file names are often wider than their column. */
    static <S> TableColumn<S, String> withTooltips(TableColumn<S, String> column) {
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        return column;
    }

    /** A text field for a warning's explanation; nothing for an error, which cannot be explained away. */
    private static final class ExplanationCell extends TableCell<ImportModel.ProblemRow, ImportModel.ProblemRow> {
        private final TextField field = new TextField();
        private StringProperty bound;

        ExplanationCell() {
            field.setPromptText(I18n.tr("collection.gui.explanationPrompt"));
        }

        @Override
        protected void updateItem(ImportModel.ProblemRow row, boolean empty) {
            super.updateItem(row, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound);
                bound = null;
            }
            if (empty || row == null || row.problem().isError() || row.problem().warningId() == null) {
                setGraphic(null);
                return;
            }
            bound = row.explanationProperty();
            field.textProperty().bindBidirectional(bound);
            field.setId("import-explanation");
            setGraphic(field);
        }
    }
}
