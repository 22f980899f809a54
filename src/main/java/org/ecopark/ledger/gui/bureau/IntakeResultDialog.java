package org.ecopark.ledger.gui.bureau;

import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.PackageIntake;

/**
 * What became of each file given to 接收数据包: its name, 已接收 / 已暂存（发送方未确认） / 拒收 in the status table's
 * colours, and the sentence about it (a refusal's reason) whole, wrapped rather than cut.
 */
final class IntakeResultDialog {

    private static final double WIDTH = 760;

    private IntakeResultDialog() {
    }

    static Dialog<ButtonType> create(Window owner, List<StatusViewModel.IntakeLine> lines) {
        ListView<StatusViewModel.IntakeLine> list = new ListView<>();
        list.setId("bureau-intake-list");
        list.getItems().setAll(lines);
        list.setPlaceholder(new Label(I18n.tr("bureau.gui.intake.none")));
        list.setCellFactory(view -> new LineCell());
        list.setPrefSize(WIDTH, Math.min(440, 40 + 86 * Math.max(lines.size(), 1)));

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("bureau.gui.intake.title"));
        dialog.setHeaderText(I18n.tr("bureau.gui.intake.header", lines.size()));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("bureau-intake-result");
        dialog.getDialogPane().setContent(new VBox(list));
        dialog.getDialogPane().setPrefWidth(WIDTH + 40);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().getStylesheets().add(IntakeResultDialog.class.getResource(BureauStyles.STYLESHEET)
                .toExternalForm());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }

    /** One file: its name and result on a line, the sentence below. */
    private static final class LineCell extends ListCell<StatusViewModel.IntakeLine> {

        @Override
        protected void updateItem(StatusViewModel.IntakeLine line, boolean empty) {
            super.updateItem(line, empty);
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            Label file = new Label(line.file());
            file.getStyleClass().add(BureauStyles.INTAKE_FILE);
            Label kind = new Label(I18n.tr("bureau.gui.intake.kind." + line.kind().name()));
            kind.getStyleClass().addAll(BureauStyles.STATE, "bureau-intake-" + line.kind().name().toLowerCase(
                    java.util.Locale.ROOT));
            HBox top = new HBox(10, file, kind);
            top.getStyleClass().add(BureauStyles.ROW);
            Label detail = new Label(line.detail());
            detail.setWrapText(true);
            detail.getStyleClass().add(line.kind() == PackageIntake.Kind.REFUSED ? Styles.MESSAGE_ERROR
                    : BureauStyles.HINT);
            VBox box = new VBox(4, top, detail);
            // a long reason wraps inside the list instead of ending in "…"
            box.setPrefWidth(0);
            setPrefWidth(0);
            setGraphic(box);
        }
    }
}
