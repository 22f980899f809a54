package org.ecopark.ledger.gui;

import java.util.function.Consumer;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.ServerAddress;

/**
 * Asks for the password of a server ledger's user when the window opens it. The password is handed on once and
 * never kept: not in the preferences, not in the window.
 */
public final class ServerPasswordDialog {

    private ServerPasswordDialog() {
    }

    /**
     * Shows the question without waiting for it; {@code onPassword} gets the password typed (the caller wipes it),
     * {@code onCancel} runs when the clerk gives none.
     */
    public static void ask(Window owner, ServerAddress server, Consumer<char[]> onPassword, Runnable onCancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(I18n.tr("open.server.passwordTitle"));
        dialog.setHeaderText(I18n.tr("open.server.passwordHeader", server.database(), server.hostAndPort()));
        dialog.getDialogPane().setId("server-password-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        PasswordField password = new PasswordField();
        password.setId("server-password");
        password.setPrefColumnCount(24);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(password.textProperty().isEmpty());
        dialog.getDialogPane().setContent(new VBox(8,
                new Label(I18n.tr("server.password.prompt", server.user(), server.hostAndPort())), password));
        dialog.setOnShown(event -> password.requestFocus());
        dialog.setOnHidden(event -> {
            char[] typed = password.getText().toCharArray();
            password.clear();
            if (ButtonType.OK.equals(dialog.getResult()) && typed.length > 0) {
                onPassword.accept(typed);
            } else {
                onCancel.run();
            }
        });
        dialog.show();
    }

    /**
     * Asks for the password and opens the ledger on {@code server} in the window with it; {@code onCancel} runs when
     * none is given.
     */
    public static void connect(Window owner, MainViewModel main, ServerAddress server, Runnable onCancel) {
        ask(owner, server, typed -> main.openServer(server, typed, error -> { }), onCancel);
    }
}
