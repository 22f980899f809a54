package org.ecopark.ledger.gui.check;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.WorkDialogs;
import org.ecopark.ledger.gui.common.WrappingListCell;
import org.ecopark.ledger.l10n.I18n;

/** The ledger check's findings, one per line, with 修复汇总数据 when a recomputation can mend them. */
public final class LedgerCheckDialog {

    private static final ButtonType REPAIR = new ButtonType(I18n.tr("check.gui.repair"), ButtonBar.ButtonData.LEFT);

    private LedgerCheckDialog() {
    }

    /** A dialog over {@code model}; the check starts when it is shown. */
    public static Dialog<Void> create(Window owner, LedgerCheckViewModel model) {
        Dialog<Void> dialog = WorkDialogs.create(owner, "check.gui.title", "check.gui.header");
        ListView<String> findings = new ListView<>(model.findings());
        findings.setId("check-findings");
        findings.setPrefSize(720, 260);
        findings.setCellFactory(list -> new WrappingListCell());
        VBox.setVgrow(findings, Priority.ALWAYS);
        VBox content = new VBox(8, WorkDialogs.statusLine("check-summary", model.runningProperty(),
                model.summaryProperty()), findings);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("check-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(REPAIR, ButtonType.CLOSE);
        Button repair = (Button) dialog.getDialogPane().lookupButton(REPAIR);
        repair.setId("check-repair");
        repair.disableProperty().bind(model.repairableProperty().not().or(model.runningProperty()));
        repair.addEventFilter(javafx.event.ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open to show the check after the repair
            model.repair();
        });
        dialog.setOnShown(event -> model.check());
        return dialog;
    }
}
