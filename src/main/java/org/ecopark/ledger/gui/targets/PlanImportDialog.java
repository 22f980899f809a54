package org.ecopark.ledger.gui.targets;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.SignedImportControls;
import org.ecopark.ledger.gui.common.WorkDialogs;
import org.ecopark.ledger.gui.common.WrappingListCell;
import org.ecopark.ledger.l10n.I18n;

/** A plan file's signer and changes, one line per entry, with 导入 once the file may be imported. */
public final class PlanImportDialog {

    private static final ButtonType IMPORT = new ButtonType(I18n.tr("plans.gui.import"), ButtonBar.ButtonData.OK_DONE);

    private PlanImportDialog() {
    }

    public static Dialog<Void> create(Window owner, PlanImportViewModel model) {
        Dialog<Void> dialog = WorkDialogs.create(owner, "plans.gui.title", "plans.gui.header");
        Label signer = WorkDialogs.wrapping("plan-import-signer");
        signer.textProperty().bind(model.state().signerProperty());
        CheckBox checked = SignedImportControls.fingerprintTick(model.state(), "plan-import-fingerprint-checked",
                "plans.gui.fingerprintChecked");
        ListView<String> lines = new ListView<>(model.lines());
        lines.setId("plan-import-lines");
        lines.setPrefSize(760, 280);
        lines.setCellFactory(list -> new WrappingListCell());
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox content = new VBox(8, signer, checked, WorkDialogs.statusLine("plan-import-summary", model.state().runningProperty(),
                model.state().summaryProperty()), lines);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("plan-import-dialog");
        dialog.getDialogPane().setPrefWidth(820);
        SignedImportControls.importButton(dialog, IMPORT, "plan-import-apply", model.canImportBinding(),
                model::importPlan);
        return dialog;
    }
}
