package org.ecopark.ledger.gui.submissions;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.SignedImportControls;
import org.ecopark.ledger.gui.common.WorkDialogs;
import org.ecopark.ledger.l10n.I18n;

/** The bureau's return note: who signed it, what it returns and why, with 导入 once it may be imported. */
final class ReturnNoteDialog {

    private static final ButtonType IMPORT = new ButtonType(I18n.tr("submission.gui.returnNote.import"),
            ButtonBar.ButtonData.OK_DONE);

    private ReturnNoteDialog() {
    }

    static Dialog<Void> create(Window owner, ReturnNoteViewModel model) {
        Dialog<Void> dialog = WorkDialogs.create(owner, "submission.gui.returnNote.title",
                "submission.gui.returnNote.header");
        Label signer = WorkDialogs.wrapping("return-note-signer");
        signer.textProperty().bind(model.state().signerProperty());
        CheckBox checked = SignedImportControls.fingerprintTick(model.state(), "return-note-fingerprint-checked",
                "submission.gui.returnNote.fingerprintChecked");
        Label summary = WorkDialogs.wrapping("return-note-summary");
        summary.textProperty().bind(model.state().summaryProperty());
        model.refusedProperty().addListener((obs, was, now) -> {
            summary.getStyleClass().remove(SubmissionStyles.STATUS_ERROR);
            if (now) {
                summary.getStyleClass().add(SubmissionStyles.STATUS_ERROR);
            }
        });
        dialog.getDialogPane().setContent(new VBox(8, signer, checked, summary));
        // the note is read after the dialog opens: grow the window to what it then says
        javafx.beans.InvalidationListener fit = change -> {
            if (dialog.isShowing()) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        };
        model.state().signerProperty().addListener(fit);
        model.state().summaryProperty().addListener(fit);
        checked.visibleProperty().addListener(fit);
        dialog.getDialogPane().setId("return-note-dialog");
        dialog.getDialogPane().getStylesheets().add(ReturnNoteDialog.class.getResource(SubmissionStyles.STYLESHEET)
                .toExternalForm());
        dialog.getDialogPane().setPrefWidth(640);
        SignedImportControls.importButton(dialog, IMPORT, "return-note-import", model.canImportBinding(),
                model::importNote);
        return dialog;
    }
}
