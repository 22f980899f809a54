package org.ecopark.ledger.gui.backup;

import java.io.File;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.gui.common.WorkDialogs;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.backup.BackupEntry;
import org.ecopark.ledger.logic.backup.BackupText;

/**
 * 文件 → 恢复: the ledger's backups (time, reason, size, what they hold), newest first; 恢复 asks once more, then
 * restores the chosen one and the window opens the ledger again. 其他文件 restores a backup kept elsewhere.
 */
public final class RestoreDialog {

    private static final ButtonType RESTORE = new ButtonType(I18n.tr("backup.gui.restore"), ButtonBar.ButtonData.OK_DONE);
    private static final double CELL_PADDING = 16;
    private static final ButtonType OTHER = new ButtonType(I18n.tr("backup.gui.otherFile"), ButtonBar.ButtonData.LEFT);

    private RestoreDialog() {
    }

    public static Dialog<Void> create(Window owner, BackupsViewModel model, DialogService dialogs) {
        Dialog<Void> dialog = WorkDialogs.create(owner, "backup.gui.restoreTitle", "backup.gui.restoreHeader");
        Label folder = new Label();
        folder.setId("backup-folder");
        folder.textProperty().bind(model.folderProperty());
        TableView<BackupEntry> table = table(model);
        VBox.setVgrow(table, Priority.ALWAYS);
        dialog.getDialogPane().setContent(new VBox(8, folder, table,
                WorkDialogs.statusLine("backup-status", model.runningProperty(), model.statusProperty())));
        dialog.getDialogPane().setId("restore-dialog");
        // a dialog pane does not grow to its content's preferred width by itself
        dialog.getDialogPane().setMinWidth(1040);
        dialog.getDialogPane().getButtonTypes().addAll(OTHER, RESTORE, ButtonType.CLOSE);

        Button restore = (Button) dialog.getDialogPane().lookupButton(RESTORE);
        restore.setId("restore-button");
        restore.disableProperty().bind(model.selectedProperty().isNull().or(model.runningProperty()));
        restore.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays while the restore runs
            confirmAndRestore(dialog, model, dialogs, model.selectedProperty().get());
        });
        Button other = (Button) dialog.getDialogPane().lookupButton(OTHER);
        other.setId("restore-other");
        other.disableProperty().bind(model.runningProperty());
        other.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            FileChooser chooser = new FileChooser();
            chooser.setTitle(I18n.tr("backup.gui.otherFile"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(I18n.tr("backup.gui.zipFiles"), "*.zip"));
            File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                model.describe(chosen.toPath(), entry -> confirmAndRestore(dialog, model, dialogs, entry),
                        failure -> dialogs.showError(failure.message(), failure.error()));
            }
        });
        // a restore under way finishes with the window's ledger reopened: the dialog waits for it
        dialog.getDialogPane().lookupButton(ButtonType.CLOSE).disableProperty().bind(model.runningProperty());
        dialog.setOnCloseRequest(event -> {
            if (model.runningProperty().get()) {
                event.consume();
            }
        });
        dialog.setOnShown(event -> model.load(failure -> dialogs.showError(failure.message(), failure.error())));
        return dialog;
    }

    private static void confirmAndRestore(Dialog<Void> dialog, BackupsViewModel model, DialogService dialogs,
                                          BackupEntry backup) {
        if (!dialogs.confirm(I18n.tr("backup.gui.restoreTitle"), BackupsViewModel.confirmation(backup))) {
            return;
        }
        model.restore(backup, restored -> {
            dialog.close();
            dialogs.showInfo(I18n.tr("backup.gui.restoreTitle"), restored);
        }, failure -> dialogs.showError(failure.message(), failure.error()));
    }

    private static TableView<BackupEntry> table(BackupsViewModel model) {
        TableView<BackupEntry> table = new TableView<>(model.backups());
        table.setId("backup-table");
        table.setPrefSize(1000, 330);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ColumnHeaders.fitText(table);
        table.setPlaceholder(new Label(I18n.tr("backup.gui.none")));
        table.getColumns().add(column("backup.gui.col.madeAt", BackupText::madeAt, 175));
        table.getColumns().add(column("backup.gui.col.reason", entry -> BackupText.reason(entry.reason()), 200));
        table.getColumns().add(column("backup.gui.col.size", entry -> BackupText.size(entry.size()), 90));
        TableColumn<BackupEntry, String> counts = column("backup.gui.col.records",
                entry -> BackupText.counts(entry.label().counts()), 535);
        counts.setCellFactory(column -> new WrappingCell());
        table.getColumns().add(counts);
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, entry) -> {
            if (entry != null) {
                model.selectedProperty().set(entry);
            }
        });
        model.selectedProperty().addListener((obs, old, entry) -> table.getSelectionModel().select(entry));
        return table;
    }

    private static TableColumn<BackupEntry, String> column(String key, Function<BackupEntry, String> text, double width) {
        TableColumn<BackupEntry, String> column = new TableColumn<>(I18n.tr(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    /** What a backup holds can be long: it wraps inside its column, and the row grows to show every line. */
    private static final class WrappingCell extends TableCell<BackupEntry, String> {

        private final Label text = new Label();

        WrappingCell() {
            text.setWrapText(true);
            // a wrapping label's height follows the width it is given, not the one it would like
            tableColumnProperty().addListener((obs, old, column) -> {
                if (column != null) {
                    text.prefWidthProperty().bind(column.widthProperty().subtract(CELL_PADDING));
                }
            });
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty ? null : item);
            setGraphic(empty ? null : text);
        }
    }
}
