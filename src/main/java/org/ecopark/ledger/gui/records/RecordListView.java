package org.ecopark.ledger.gui.records;

import atlantafx.base.controls.CustomTextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.table.TableFilter;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.l10n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The list half of a record screen: a table of the view model's records with a search field that
 * matches every column, ControlsFX per-column filters (right-click a header), sorting by any column,
 * the count shown and in total, and New / Delete / Undo with their keys (Ctrl+N, Delete after a
 * confirmation, Ctrl+Z). Selecting a row puts the record into the form.
 *
 * <pre>{@code
 * RecordListView<Patent> list = new RecordListView<>(model, this::confirmDelete)
 *         .column("patent-col-number", "records.patent.field.number", Patent::number, 150)
 *         .column("patent-col-granted", "records.patent.field.grantedOn", Patent::grantedOn, 100);
 * Node node = list.build();
 * }</pre>
 *
 * @param <T> the model record
 */
public final class RecordListView<T> {

    private final RecordEditorModel<T> model;
    private final Predicate<T> confirmDelete;
    private final TableView<T> table = new TableView<>();
    private final CustomTextField search = new CustomTextField();
    private final List<Function<T, ?>> values = new ArrayList<>();
    private Runnable afterNew = () -> { };
    private BooleanSupplier discardConfirmed = () -> true;
    /** Set while the table is put back on the form's record, which is no pick of the user's. */
    private boolean selectingCurrent;

    /**
     * @param confirmDelete asks the user whether to delete a record (the view passes a DialogService
     *                      confirmation); false keeps it
     */
    public RecordListView(RecordEditorModel<T> model, Predicate<T> confirmDelete) {
        this.model = model;
        this.confirmDelete = confirmDelete;
    }

    /** Adds a column; {@code value} gives a String, a date, a number or a flag (sorted by their order). */
    public <V> RecordListView<T> column(String id, String titleKey, Function<T, V> value, double width) {
        TableColumn<T, V> column = new TableColumn<>(I18n.tr(titleKey));
        column.setId(id);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        column.setCellFactory(ignored -> new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : FormControls.format(item));
            }
        });
        table.getColumns().add(column);
        values.add(value);
        return this;
    }

    public TableView<T> table() {
        return table;
    }

    public Node build() {
        table.setId("record-table");
        // columns keep their widths and the table scrolls sideways: squeezed codes and dates are unreadable
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        ColumnHeaders.fitText(table);
        FilteredList<T> searched = new FilteredList<>(model.records());
        search.setId("record-search");
        search.setPromptText(I18n.tr("records.list.search"));
        searched.predicateProperty().bind(Bindings.createObjectBinding(() -> matcher(search.getText()),
                search.textProperty()));
        table.setItems(searched);
        TableFilter.forTableView(table).lazy(false).apply();
        ObservableList<T> shown = table.getItems();
        Label count = new Label();
        count.setId("record-count");
        count.getStyleClass().add(RecordStyles.COUNT);
        count.textProperty().bind(Bindings.createStringBinding(
                () -> I18n.tr("records.list.count", shown.size(), model.records().size()), shown, model.records()));
        syncSelection();
        table.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.DELETE) {
                event.consume();
                deleteSelected();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, toolbar(), table, count);
        box.setMinWidth(320);
        RecordOpening.mark(box, model::open);
        return box;
    }

    /**
     * Ctrl+N wherever the focus is while the section is shown (also right after its navigation button was
     * clicked), Ctrl+Z anywhere in the section; text fields keep their own Ctrl+Z (text undo).
     *
     * @param afterNew         runs after New (button or key): the form puts the cursor into its first field
     * @param discardConfirmed asks, before New replaces a form with unsaved changes, whether to drop them
     */
    public void installKeys(Node root, Runnable afterNew, BooleanSupplier discardConfirmed) {
        this.afterNew = afterNew;
        this.discardConfirmed = discardConfirmed;
        KeyCombination newKey = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
        KeyCombination undoKey = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
        RecordSection.onScene(root, event -> {
            if (newKey.match(event)) {
                event.consume();
                newRecord();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, event -> {
            if (undoKey.match(event)) {
                event.consume();
                model.undo();
            }
        });
    }

    private Node toolbar() {
        Button add = new Button(I18n.tr("records.list.new"), new FontIcon(MaterialDesignP.PLUS));
        add.setId("record-new");
        add.setOnAction(event -> newRecord());
        Button delete = new Button(I18n.tr("records.list.delete"), new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("record-delete");
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull()
                .or(model.busyProperty()));
        delete.setOnAction(event -> deleteSelected());
        Button undo = new Button(I18n.tr("records.list.undo"), new FontIcon(MaterialDesignU.UNDO));
        undo.setId("record-undo");
        undo.disableProperty().bind(model.canUndoProperty().not());
        undo.setOnAction(event -> model.undo());
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        HBox.setHgrow(search, Priority.ALWAYS);
        HBox bar = new HBox(8, add, delete, undo, search);
        bar.getStyleClass().add(RecordStyles.TOOLBAR);
        return bar;
    }

    private void newRecord() {
        if (model.isEdited() && !discardConfirmed.getAsBoolean()) {
            return;
        }
        model.newRecord();
        afterNew.run();
    }

    private void deleteSelected() {
        T selected = table.getSelectionModel().getSelectedItem();
        if (selected != null && !model.busyProperty().get() && confirmDelete.test(selected)) {
            model.delete(selected);
        }
    }

    /**
     * The table follows the form's record, and a row picked by the user goes into the form; when the form holds
     * unsaved typing the user is asked first, and "no" keeps the form and puts the selection back on its record.
     */
    private void syncSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (model.refreshingProperty().get() || item == null || model.isCurrent(item) || selectingCurrent) {
                return;
            }
            if (model.isEdited() && !discardConfirmed.getAsBoolean()) {
                // not inside the selection change itself: the table is still applying it
                Platform.runLater(this::selectCurrent);
                return;
            }
            model.edit(item);
        });
        model.currentProperty().addListener((obs, old, record) -> selectCurrent());
    }

    /** Selects the form's record in the table (nothing for a new record). */
    private void selectCurrent() {
        selectingCurrent = true;
        try {
            if (model.currentProperty().get() == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            table.getItems().stream().filter(model::isCurrent).findFirst().ifPresent(row -> {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            });
        } finally {
            selectingCurrent = false;
        }
    }

    /** Every word of the query must occur in some column's text, ignoring case. */
    private Predicate<T> matcher(String query) {
        if (query == null || query.isBlank()) {
            return row -> true;
        }
        String[] words = query.toLowerCase(Locale.ROOT).strip().split("\\s+");
        return row -> {
            StringBuilder text = new StringBuilder();
            for (Function<T, ?> value : values) {
                text.append(FormControls.format(value.apply(row)).toLowerCase(Locale.ROOT)).append('\u0001');
            }
            for (String word : words) {
                if (text.indexOf(word) < 0) {
                    return false;
                }
            }
            return true;
        };
    }
}
