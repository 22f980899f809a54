package org.ecopark.ledger.gui.settings;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.ServerPasswordDialog;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;

/** 设置 → 数据库: 本机文件 or 服务器 (host, port, database, user), saved and opened with one button. */
public final class DatabasePane {

    private static final double TEXT_WIDTH = 760;

    private DatabasePane() {
    }

    public static Node build(DatabaseChoiceViewModel model, MainViewModel main) {
        Label title = new Label(I18n.tr("settings.db.title"));
        title.getStyleClass().add(Styles.SUBTITLE);

        ToggleGroup kind = new ToggleGroup();
        RadioButton file = new RadioButton(I18n.tr("settings.db.file"));
        file.setId("settings-db-file");
        file.setToggleGroup(kind);
        RadioButton server = new RadioButton(I18n.tr("settings.db.server"));
        server.setId("settings-db-server");
        server.setToggleGroup(kind);
        (model.onServerProperty().get() ? server : file).setSelected(true);
        model.onServerProperty().bind(server.selectedProperty());
        HBox choice = new HBox(24, file, server);
        choice.setAlignment(Pos.CENTER_LEFT);

        GridPane fields = ServerForm.build(model.server(), "settings-db");
        fields.disableProperty().bind(server.selectedProperty().not());

        Label hint = new Label(I18n.tr("settings.db.hint"));
        hint.getStyleClass().add(Styles.MUTED);
        hint.setWrapText(true);
        hint.setMaxWidth(TEXT_WIDTH);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        Button open = new Button(I18n.tr("settings.db.open"));
        open.setId("settings-db-open");
        open.disableProperty().bind(main.loadingProperty());
        open.setOnAction(event -> model.saveAndOpen(address -> ServerPasswordDialog.connect(
                open.getScene().getWindow(), main, address, () -> { })));
        Label message = new Label();
        message.setId("settings-db-message");
        message.setWrapText(true);
        message.setMaxWidth(TEXT_WIDTH);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(model.messageProperty());
        HBox actions = new HBox(12, open, message);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox pane = new VBox(10, title, choice, fields, hint, actions);
        pane.setId("settings-db");
        return pane;
    }
}
