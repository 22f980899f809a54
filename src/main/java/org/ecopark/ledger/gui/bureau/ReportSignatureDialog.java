package org.ecopark.ledger.gui.bureau;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.gui.records.FormControls;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.SignatureBlock;

/**
 * 导出汇总报告…: the signature block printed on the report's cover (单位负责人, 统计负责人, 填表人, 联系电话, 报出日期),
 * the fields and labels of the park's export form, filled with the bureau's block of its last report.
 */
final class ReportSignatureDialog {

    private ReportSignatureDialog() {
    }

    static Dialog<SignatureBlock> create(Window owner, SignatureBlock remembered, String periodText) {
        StringProperty unitHead = new SimpleStringProperty(remembered.unitHead());
        StringProperty statisticsHead = new SimpleStringProperty(remembered.statisticsHead());
        StringProperty preparer = new SimpleStringProperty(remembered.preparer());
        StringProperty phone = new SimpleStringProperty(remembered.phone());
        ObjectProperty<LocalDate> reportDate = new SimpleObjectProperty<>(remembered.reportDate());

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, label("submission.signature.unitHead"), field("report-unit-head", unitHead),
                label("submission.signature.statisticsHead"), field("report-statistics-head", statisticsHead));
        grid.addRow(1, label("submission.signature.preparer"), field("report-preparer", preparer),
                label("submission.signature.phone"), field("report-phone", phone));
        grid.addRow(2, label("submission.signature.reportDate"), FormControls.date("report-date", reportDate));
        Label about = new Label(I18n.tr("bureau.matrix.report.about"));
        about.setWrapText(true);
        about.setMinHeight(Region.USE_PREF_SIZE);
        about.getStyleClass().add(Styles.MUTED);

        ButtonType next = new ButtonType(I18n.tr("bureau.matrix.report.next"), ButtonBar.ButtonData.OK_DONE);
        Dialog<SignatureBlock> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("bureau.matrix.report.title"));
        dialog.setHeaderText(I18n.tr("bureau.matrix.report.header", periodText));
        dialog.getDialogPane().setId("bureau-report-dialog");
        dialog.getDialogPane().setContent(new VBox(12, grid, about));
        dialog.getDialogPane().getButtonTypes().setAll(next, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(next).setId("bureau-report-next");
        dialog.setResultConverter(button -> button == next ? new SignatureBlock(unitHead.get(), statisticsHead.get(),
                preparer.get(), phone.get(), reportDate.get()) : null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }

    /** A label never cut short: 单位负责人 and 统计负责人 are the form's longest. */
    private static Label label(String key) {
        Label label = BureauControls.label(key);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static TextField field(String id, StringProperty property) {
        TextField field = FormControls.text(id, property);
        field.setPrefColumnCount(14);
        return field;
    }
}
