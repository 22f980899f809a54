package org.ecopark.ledger.gui.bureau;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.PackageIntake;

/** What became of each file given to 接收数据包: 已接收, 已暂存（发送方未确认） or 拒收 with the reason. */
final class IntakeResultDialog {

    private IntakeResultDialog() {
    }

    static Dialog<ButtonType> create(Window owner, List<StatusViewModel.IntakeLine> lines) {
        TableView<StatusViewModel.IntakeLine> table = new TableView<>();
        table.setId("bureau-intake-table");
        table.getItems().setAll(lines);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(I18n.tr("bureau.gui.intake.none")));
        table.getColumns().add(column("bureau.gui.column.file", 200, StatusViewModel.IntakeLine::file));
        TableColumn<StatusViewModel.IntakeLine, String> result = column("bureau.gui.intake.result", 320,
                StatusViewModel.IntakeLine::result);
        result.setCellFactory(column -> new ResultCell());
        table.getColumns().add(result);
        table.getColumns().add(column("bureau.gui.intake.detail", 360, StatusViewModel.IntakeLine::detail));
        table.setPrefSize(900, Math.min(420, 60 + 28 * Math.max(lines.size(), 3)));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("bureau.gui.intake.title"));
        dialog.setHeaderText(I18n.tr("bureau.gui.intake.header", lines.size()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("bureau-intake-result");
        dialog.getDialogPane().setContent(new VBox(table));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(IntakeResultDialog.class.getResource(BureauStyles.STYLESHEET)
                .toExternalForm());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }

    private static TableColumn<StatusViewModel.IntakeLine, String> column(String key, double width,
            Function<StatusViewModel.IntakeLine, String> value) {
        TableColumn<StatusViewModel.IntakeLine, String> column = new TableColumn<>(I18n.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /** The result in the state colours of the status table; long reasons wrap. */
    private static final class ResultCell extends TableCell<StatusViewModel.IntakeLine, String> {

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            getStyleClass().removeIf(style -> style.startsWith("bureau-state-"));
            StatusViewModel.IntakeLine line = empty ? null : getTableRow() == null ? null : getTableRow().getItem();
            if (empty || text == null || line == null) {
                setGraphic(null);
                return;
            }
            Label label = new Label(text);
            label.setWrapText(true);
            label.getStyleClass().add(BureauStyles.STATE);
            getStyleClass().add(line.kind() == PackageIntake.Kind.ACCEPTED ? "bureau-state-received"
                    : line.kind() == PackageIntake.Kind.UNCONFIRMED ? "bureau-state-unconfirmed"
                    : "bureau-state-returned");
            setGraphic(label);
        }
    }
}
