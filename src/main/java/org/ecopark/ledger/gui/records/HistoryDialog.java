package org.ecopark.ledger.gui.records;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.ecopark.ledger.gui.common.ColumnHeaders;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.FieldChange;
import org.ecopark.ledger.logic.records.HistoryEntry;

/**
 * A record's audited changes: one line per changed field, with when, who and what. Field names are
 * shown as the form labels them when the bundle has {@code prefix + field}.
 */
final class HistoryDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** One row of the table. */
    record Line(String when, String who, String action, String field, String before, String after) {
    }

    private HistoryDialog() {
    }

    static void show(Node owner, FormModel model) {
        List<HistoryEntry> history = model.history();
        Dialog<Void> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("records.history.title"));
        dialog.setHeaderText(history.isEmpty() ? I18n.tr("records.history.empty") : null);
        TableView<Line> table = new TableView<>();
        table.setId("history-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        ColumnHeaders.fitText(table);
        table.getColumns().add(column("records.history.when", Line::when, 165));
        table.getColumns().add(column("records.history.who", Line::who, 90));
        table.getColumns().add(column("records.history.action", Line::action, 60));
        table.getColumns().add(column("records.history.field", Line::field, 120));
        table.getColumns().add(column("records.history.before", Line::before, 240));
        table.getColumns().add(column("records.history.after", Line::after, 240));
        table.getItems().setAll(lines(history, model.fieldLabelPrefix(), model::historyValue));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().setId("history-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(
                new ButtonType(I18n.tr("records.history.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        table.setPrefSize(960, 420);
        // a dialog pane does not grow to its content's preferred width by itself
        dialog.getDialogPane().setMinSize(1000, 480);
        dialog.setResizable(true);
        if (owner.getScene() != null) {
            dialog.initOwner(owner.getScene().getWindow());
        }
        dialog.show();
    }

    /** How a logged value of a field of a change is shown. */
    @FunctionalInterface
    interface Shown {
        String apply(HistoryEntry entry, String field, String value);
    }

    static List<Line> lines(List<HistoryEntry> history, String fieldLabelPrefix, Shown shown) {
        List<Line> lines = new ArrayList<>();
        for (int i = history.size() - 1; i >= 0; i--) {
            HistoryEntry entry = history.get(i);
            String when = WHEN.format(entry.changedAt());
            String action = I18n.tr("records.history.action." + entry.action().name());
            if (entry.changes().isEmpty()) {
                lines.add(new Line(when, entry.changedBy(), action, "", "", ""));
            }
            for (FieldChange change : entry.changes()) {
                String key = fieldLabelPrefix + change.field();
                String field = I18n.has(key) ? I18n.tr(key) : change.field();
                lines.add(new Line(when, entry.changedBy(), action, field,
                        nullToEmpty(shown.apply(entry, change.field(), change.oldValue())),
                        nullToEmpty(shown.apply(entry, change.field(), change.newValue()))));
            }
        }
        return lines;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static TableColumn<Line, String> column(String titleKey, java.util.function.Function<Line, String> value,
                                                    double width) {
        TableColumn<Line, String> column = new TableColumn<>(I18n.tr(titleKey));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
