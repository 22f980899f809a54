package org.ecopark.ledger.gui.bureau;

import java.time.ZoneId;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.ParkKey;

/** 公钥: the registered keys of the bureau's parks, and 登记公钥…. */
public final class KeysView {

    private final KeysViewModel model;
    private final DialogService dialogs;

    public KeysView(KeysViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
    }

    /** The section; registered in {@link BureauSection}. */
    static Node create(ViewContext context) {
        return new KeysView(new KeysViewModel(context::services, context.executor()), context.dialogs()).build();
    }

    public VBox build() {
        Label title = new Label(I18n.tr("bureau.section.keys"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label hint = new Label(I18n.tr("bureau.gui.keys.hint"));
        hint.getStyleClass().add(BureauStyles.HINT);
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);

        Button register = new Button(I18n.tr("bureau.gui.keys.register"));
        register.setId("bureau-key-register");
        register.setDefaultButton(true);
        register.disableProperty().bind(model.work().runningProperty());
        register.setOnAction(event -> RegisterKeyDialog.create(register.getScene().getWindow(), model.parks(), dialogs)
                .showAndWait().ifPresent(request -> {
                    if (request.byFile()) {
                        model.registerFile(request.park(), request.keyFile());
                    } else {
                        model.registerFingerprint(request.park(), request.fingerprint());
                    }
                }));
        HBox buttons = new HBox(register);
        buttons.getStyleClass().add(BureauStyles.ROW);

        Label message = BureauControls.message("bureau-keys-message", model.work(), dialogs);

        TableView<ParkKey> table = new TableView<>(model.keys());
        table.setId("bureau-keys-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPlaceholder(new Label(I18n.tr("bureau.gui.keys.none")));
        table.getColumns().add(BureauControls.<ParkKey>column("bureau.gui.column.code", 70, ParkKey::parkCode));
        table.getColumns().add(BureauControls.<ParkKey>column("bureau.gui.column.park", 220, ParkKey::parkName));
        table.getColumns().add(BureauControls.<ParkKey>column("bureau.gui.column.fingerprint", 260, ParkKey::fingerprint));
        table.getColumns().add(BureauControls.<ParkKey>column("bureau.gui.keys.registeredAt", 120,
                key -> StatusView.TIME.format(key.registeredAt().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(BureauControls.<ParkKey>column("bureau.gui.keys.registeredBy", 90, ParkKey::registeredBy));
        table.getColumns().add(BureauControls.<ParkKey>column("bureau.gui.keys.publicKey", 120, key -> I18n.tr(key.publicKey() == null
                ? "bureau.keys.keyAwaited" : "bureau.keys.keyKnown")));
        VBox.setVgrow(table, Priority.ALWAYS);

        VBox root = new VBox(title, hint, buttons, message, table);
        root.setId("bureau-keys-view");
        root.getStyleClass().addAll(Styles.PAGE, BureauStyles.SECTION);
        root.getStylesheets().add(KeysView.class.getResource(BureauStyles.STYLESHEET).toExternalForm());
        return root;
    }
}
