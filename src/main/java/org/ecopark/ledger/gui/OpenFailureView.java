package org.ecopark.ledger.gui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** In place of the spinner when no ledger is open: what failed, in one sentence, and what can be done next. */
public final class OpenFailureView {

    private static final double TEXT_WIDTH = 720;

    private final OpenFailureViewModel model;

    public OpenFailureView(OpenFailureViewModel model) {
        this.model = model;
    }

    public Node build() {
        OpenFailure failure = model.failure();
        FontIcon icon = new FontIcon(failure.needsPassword() ? MaterialDesignL.LOCK_OUTLINE
                : MaterialDesignA.ALERT_CIRCLE_OUTLINE);
        icon.getStyleClass().add(Styles.OPEN_FAILURE_ICON);
        Label title = new Label(model.title());
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.setId("open-failure-title");
        Label message = wrapped(failure.message(), "open-failure-message");

        VBox page = new VBox(14, icon, title, message);
        page.setAlignment(Pos.CENTER_LEFT);
        page.setMaxWidth(TEXT_WIDTH);
        if (failure.onServer()) {
            // the connection to correct, and the password below it, in the same columns
            javafx.scene.layout.GridPane form = org.ecopark.ledger.gui.settings.ServerForm.build(model.server(),
                    "open-failure-server");
            form.add(org.ecopark.ledger.gui.settings.ServerForm.label("open.failed.serverPassword"), 0, 3);
            form.add(passwordRow("open.failed.password", "open-failure-connect", "open.failed.connect", model::connect),
                    1, 3, 3, 1);
            page.getChildren().add(form);
        } else if (failure.needsPassword()) {
            page.getChildren().add(passwordRow("open.failed.password", "open-failure-unlock", "open.failed.unlock",
                    model::unlock));
        }
        Label note = wrapped("", "open-failure-note");
        note.textProperty().bind(model.noteProperty());
        note.managedProperty().bind(model.noteProperty().isNotEmpty());
        Label log = wrapped(model.logHint(), "open-failure-log");
        log.getStyleClass().add(Styles.NOTICE);
        page.getChildren().addAll(actions(failure), note, log);
        page.getStyleClass().add(Styles.OPEN_FAILURE);
        page.setId("open-failure");
        VBox centred = new VBox(page);
        centred.setAlignment(Pos.CENTER);
        return centred;
    }

    private Node passwordRow(String promptKey, String buttonId, String buttonKey, Runnable action) {
        PasswordField password = new PasswordField();
        password.setId("open-failure-password");
        password.setPromptText(I18n.tr(promptKey));
        password.textProperty().bindBidirectional(model.passwordProperty());
        password.setOnAction(event -> action.run());
        password.setPrefColumnCount(24);
        Button unlock = button(buttonKey, buttonId, action);
        unlock.setDefaultButton(true);
        HBox row = new HBox(8, password, unlock);
        row.setAlignment(Pos.CENTER_LEFT);
        javafx.application.Platform.runLater(password::requestFocus);
        return row;
    }

    private FlowPane actions(OpenFailure failure) {
        FlowPane actions = new FlowPane(8, 8);
        if (failure.onServer()) {
            actions.getChildren().add(button("open.failed.local", "open-failure-local", model::openLocal));
            return actions;
        }
        if (failure.canBringForward()) {
            Button forward = button("open.failed.bringForward", "open-failure-bring-forward", model::bringForward);
            forward.setDefaultButton(true);
            actions.getChildren().add(forward);
        }
        if (!failure.needsPassword()) {
            actions.getChildren().add(button("open.failed.again", "open-failure-again", model::openAgain));
        }
        actions.getChildren().addAll(button("open.failed.other", "open-failure-other", model::openOther),
                button("open.failed.new", "open-failure-new", model::createNew));
        if (model.canRestore()) {
            actions.getChildren().add(button("open.failed.restore", "open-failure-restore", model::restore));
        }
        return actions;
    }

    private static Button button(String key, String id, Runnable action) {
        Button button = new Button(I18n.tr(key));
        button.setId(id);
        button.setOnAction(event -> action.run());
        return button;
    }

    private static Label wrapped(String text, String id) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        label.setMaxWidth(TEXT_WIDTH);
        return label;
    }
}
