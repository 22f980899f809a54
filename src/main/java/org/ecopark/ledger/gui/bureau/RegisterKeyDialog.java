package org.ecopark.ledger.gui.bureau;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.common.Shown;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Park;

/** 登记公钥…: for which park, and either its public key file or the fingerprint typed from a sealed cover. */
final class RegisterKeyDialog {

    /** What the clerk asked for. */
    record Request(Park park, Path keyFile, String fingerprint) {

        boolean byFile() {
            return keyFile != null;
        }
    }

    private RegisterKeyDialog() {
    }

    static Dialog<Request> create(Window owner, List<Park> parks, DialogService dialogs) {
        ComboBox<Park> park = new ComboBox<>();
        park.setId("bureau-key-park");
        park.getItems().setAll(parks);
        park.setConverter(Shown.as(p -> p.code() + "  " + p.nameIn(I18n.locale())));
        park.setPrefWidth(420);

        ToggleGroup how = new ToggleGroup();
        RadioButton byFile = new RadioButton(I18n.tr("bureau.gui.keys.byFile"));
        byFile.setId("bureau-key-by-file");
        byFile.setToggleGroup(how);
        RadioButton byFingerprint = new RadioButton(I18n.tr("bureau.gui.keys.byFingerprint"));
        byFingerprint.setId("bureau-key-by-fingerprint");
        byFingerprint.setToggleGroup(how);
        byFile.setSelected(true);

        ObjectProperty<Path> file = new SimpleObjectProperty<>();
        Label fileName = new Label();
        fileName.setId("bureau-key-file");
        fileName.textProperty().bind(Bindings.createStringBinding(() -> file.get() == null
                ? I18n.tr("bureau.gui.keys.noFile") : file.get().toString(), file));
        Button choose = new Button(I18n.tr("bureau.gui.keys.chooseFileButton"));
        choose.setId("bureau-key-choose-file");
        choose.disableProperty().bind(byFile.selectedProperty().not());
        choose.setOnAction(event -> dialogs.chooseFile(I18n.tr("bureau.gui.keys.chooseFileButton"),
                I18n.tr("bureau.gui.keys.keyFiles"), "*.json").ifPresent(file::set));
        TextField fingerprint = new TextField();
        fingerprint.setId("bureau-key-fingerprint");
        fingerprint.setPromptText("EC07 C9B8 A451 322E 3AC5 CBC1 99FC DFCD");
        fingerprint.setPrefColumnCount(32);
        fingerprint.disableProperty().bind(byFingerprint.selectedProperty().not());

        Label problem = new Label();
        problem.setId("bureau-key-problem");
        problem.getStyleClass().add(Styles.MESSAGE_ERROR);
        StringBinding why = Bindings.createStringBinding(() -> {
            String text = KeysViewModel.problem(park.getValue(), file.get(), fingerprint.getText(), byFile.isSelected());
            return text == null ? "" : text;
        }, park.valueProperty(), file, fingerprint.textProperty(), byFile.selectedProperty());
        problem.textProperty().bind(why);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.addRow(0, BureauControls.label("bureau.gui.keys.park"), park);
        HBox fileRow = new HBox(8, choose, fileName);
        fileRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(1, byFile, fileRow);
        grid.addRow(2, byFingerprint, fingerprint);
        Label hint = new Label(I18n.tr("bureau.gui.keys.dialogHint"));
        hint.setWrapText(true);
        hint.setMaxWidth(640);
        hint.getStyleClass().add(Styles.MUTED);

        ButtonType register = new ButtonType(I18n.tr("bureau.gui.keys.registerButton"), ButtonBar.ButtonData.OK_DONE);
        Dialog<Request> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("bureau.gui.keys.register"));
        dialog.setHeaderText(I18n.tr("bureau.gui.keys.header"));
        dialog.getDialogPane().setId("bureau-key-dialog");
        dialog.getDialogPane().setContent(new VBox(12, hint, grid, problem));
        dialog.getDialogPane().getButtonTypes().setAll(register, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(register).setId("bureau-key-register-confirm");
        dialog.getDialogPane().lookupButton(register).disableProperty().bind(why.isNotEmpty());
        dialog.setResultConverter(button -> button != register ? null : byFile.isSelected()
                ? new Request(park.getValue(), file.get(), null)
                : new Request(park.getValue(), null, fingerprint.getText()));
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }
}
