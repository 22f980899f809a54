package org.ecopark.ledger.gui.settings;

import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The encryption part of the settings page: whether the ledger is encrypted, what a lost password means, and the
 * buttons that set, change or remove the password through a dialog.
 */
public final class EncryptionView {

    private static final double TEXT_WIDTH = 560;

    private final EncryptionViewModel model;

    public EncryptionView(EncryptionViewModel model) {
        this.model = model;
    }

    public Node build() {
        Label title = new Label(I18n.tr("settings.encryption"));
        title.getStyleClass().add(Styles.SUBTITLE);
        FontIcon icon = new FontIcon(model.encrypted() ? MaterialDesignL.LOCK_OUTLINE : MaterialDesignL.LOCK_OPEN_OUTLINE);
        Label status = new Label(model.status(), icon);
        status.setId("settings-encryption-status");
        status.setWrapText(true);
        status.setMaxWidth(TEXT_WIDTH);
        status.setMinHeight(Region.USE_PREF_SIZE); // more lines, never a cut-off sentence
        HBox buttons = new HBox(8);
        for (PasswordForm.Change change : model.changes()) {
            Button button = new Button(I18n.tr("settings.encryption." + change.key()));
            button.setId("settings-encryption-" + change.key());
            button.disableProperty().bind(model.busyProperty());
            button.setOnAction(event -> ask(button.getScene().getWindow(), new PasswordForm(change)));
            buttons.getChildren().add(button);
        }
        VBox part = new VBox(10, title, status, buttons, notice(I18n.tr("settings.encryption.lost"),
                "settings-encryption-lost"));
        part.setId("settings-encryption");
        return part;
    }

    /** The dialog of one change; the change is made when it is confirmed with the form complete. */
    private void ask(Window owner, PasswordForm form) {
        PasswordForm.Change change = form.change();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(I18n.tr("settings.encryption." + change.key() + ".title"));
        dialog.getDialogPane().setId("password-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(form.problemProperty().isNotEmpty());

        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(10);
        int row = 0;
        if (change.needsCurrent()) {
            fields.addRow(row++, ServerForm.label("settings.encryption.current"),
                    field("password-current", form.currentProperty()));
        }
        if (change.needsNew()) {
            fields.addRow(row++, ServerForm.label("settings.encryption.new"),
                    field("password-new", form.nextProperty()));
            fields.addRow(row, ServerForm.label("settings.encryption.repeat"),
                    field("password-repeat", form.repeatProperty()));
        }
        Label problem = notice("", "password-problem");
        problem.textProperty().bind(form.problemProperty());
        VBox content = new VBox(12, notice(I18n.tr("settings.encryption." + change.key() + ".explain"),
                "password-explain"), fields, problem);
        content.setAlignment(Pos.TOP_LEFT);
        dialog.getDialogPane().setContent(content);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isPresent()) {
            model.apply(form);
        } else {
            form.clear();
        }
    }

    private static PasswordField field(String id, StringProperty text) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.setPrefColumnCount(22);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    private static Label notice(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(Styles.NOTICE);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
