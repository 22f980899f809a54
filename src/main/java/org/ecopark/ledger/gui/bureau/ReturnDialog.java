package org.ecopark.ledger.gui.bureau;

import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.SubmissionStatus;

/** 退回…: why the park's package goes back (needed, and no longer than the logic keeps); the trimmed reason. */
final class ReturnDialog {

    private ReturnDialog() {
    }

    static Dialog<String> create(Window owner, SubmissionStatus.Row row) {
        Label about = new Label(I18n.tr("bureau.gui.return.about", row.park().nameIn(I18n.locale()),
                row.park().code(), row.current().periodCode(), row.current().fileName()));
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        TextArea reason = new TextArea();
        reason.setId("bureau-return-reason");
        reason.setWrapText(true);
        reason.setPrefRowCount(5);
        reason.setPromptText(I18n.tr("bureau.gui.return.prompt"));
        Label problem = new Label();
        problem.setId("bureau-return-problem");
        problem.getStyleClass().add(Styles.MESSAGE_ERROR);
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String why = StatusViewModel.reasonProblem(reason.getText());
            return why == null ? "" : why;
        }, reason.textProperty()));

        ButtonType send = new ButtonType(I18n.tr("bureau.gui.return.send"), ButtonBar.ButtonData.OK_DONE);
        Dialog<String> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("bureau.gui.return.title"));
        dialog.setHeaderText(I18n.tr("bureau.gui.return.header"));
        dialog.getDialogPane().setId("bureau-return-dialog");
        dialog.getDialogPane().setContent(new VBox(10, about, reason, problem));
        dialog.getDialogPane().setPrefWidth(560);
        dialog.getDialogPane().getButtonTypes().setAll(send, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(send).setId("bureau-return-send");
        dialog.getDialogPane().lookupButton(send).disableProperty()
                .bind(Bindings.createBooleanBinding(() -> StatusViewModel.reasonProblem(reason.getText()) != null,
                        reason.textProperty()));
        dialog.setResultConverter(button -> button == send ? reason.getText().strip() : null);
        dialog.setOnShown(event -> reason.requestFocus());
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }
}
