package org.ecopark.ledger.gui.copy;

import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.gui.common.WorkDialogs;
import org.ecopark.ledger.gui.settings.ServerForm;
import org.ecopark.ledger.gui.common.WrappingListCell;
import org.ecopark.ledger.l10n.I18n;

/**
 * 文件 → 复制台账: the target (本机文件 with a chooser, or 服务器 with host, port, database, user and password), 开始复制,
 * the progress table by table, and the result with every table's rows.
 */
public final class CopyLedgerDialog {

    private static final ButtonType START = new ButtonType(I18n.tr("copy.gui.start"), ButtonBar.ButtonData.LEFT);

    private CopyLedgerDialog() {
    }

    public static Dialog<Void> create(Window owner, CopyLedgerViewModel model) {
        Dialog<Void> dialog = WorkDialogs.create(owner, "copy.gui.title", "copy.gui.header");
        ToggleGroup kind = new ToggleGroup();
        RadioButton toFile = new RadioButton(I18n.tr("copy.gui.toFile"));
        toFile.setId("copy-to-file");
        toFile.setToggleGroup(kind);
        RadioButton toServer = new RadioButton(I18n.tr("copy.gui.toServer"));
        toServer.setId("copy-to-server");
        toServer.setToggleGroup(kind);
        (model.toServerProperty().get() ? toServer : toFile).setSelected(true);
        toServer.selectedProperty().bindBidirectional(model.toServerProperty());
        HBox kinds = new HBox(16, new Label(I18n.tr("copy.gui.target")), toFile, toServer);
        kinds.setAlignment(Pos.CENTER_LEFT);

        TextField file = field("copy-file", model.fileProperty());
        HBox.setHgrow(file, Priority.ALWAYS);
        Button choose = new Button(I18n.tr("copy.gui.choose"));
        choose.setId("copy-choose");
        choose.setOnAction(event -> model.chooseFile());
        HBox fileRow = new HBox(8, new Label(I18n.tr("copy.gui.file")), file, choose);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        fileRow.disableProperty().bind(model.toServerProperty().or(model.runningProperty()));

        GridPane server = ServerForm.build(model.server(), "copy");
        PasswordField password = new PasswordField();
        password.setId("copy-password");
        password.textProperty().bindBidirectional(model.passwordProperty());
        server.addRow(3, ServerForm.label("copy.gui.password"), password);
        server.setPadding(new Insets(0, 0, 0, 24));
        server.disableProperty().bind(model.toServerProperty().not().or(model.runningProperty()));

        ProgressBar progress = new ProgressBar();
        progress.setId("copy-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(model.progressProperty());
        ListView<String> results = new ListView<>(model.results());
        results.setId("copy-results");
        results.setPrefSize(680, 220);
        results.setCellFactory(list -> new WrappingListCell());
        VBox.setVgrow(results, Priority.ALWAYS);

        VBox content = new VBox(10, kinds, fileRow, server, progress,
                WorkDialogs.statusLine("copy-status", model.runningProperty(), model.statusProperty()), results);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setId("copy-dialog");
        dialog.getDialogPane().getButtonTypes().addAll(START, ButtonType.CLOSE);
        Button start = (Button) dialog.getDialogPane().lookupButton(START);
        start.setId("copy-start");
        start.disableProperty().bind(model.runningProperty().or(model.copiedProperty()));
        start.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume(); // the dialog stays open to show the progress and the result
            model.start();
        });
        Button close = (Button) dialog.getDialogPane().lookupButton(ButtonType.CLOSE);
        close.setId("copy-close");
        close.disableProperty().bind(model.runningProperty());
        return dialog;
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
