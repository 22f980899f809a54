package org.ecopark.ledger.gui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.AppInfo;
import org.ecopark.ledger.logic.Services;

/** Program name, version, the open database and the runtime it runs on. */
public final class AboutDialog {

    private AboutDialog() {
    }

    public static Alert create(Window owner, Services services) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.setTitle(I18n.tr("about.title"));
        alert.setHeaderText(I18n.tr("app.title") + "  " + AppInfo.version());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.addRow(0, new Label(I18n.tr("about.description")));
        GridPane.setColumnSpan(grid.getChildren().get(0), 2);
        grid.addRow(1, new Label(I18n.tr("about.version")), value("about-version", AppInfo.version()));
        grid.addRow(2, new Label(I18n.tr("about.database")), value("about-database",
                services == null ? "-" : services.server().map(Object::toString).orElseGet(() ->
                        services.databaseFile() == null ? "-" : services.databaseFile().toString())));
        grid.addRow(3, new Label(I18n.tr("about.schema")), value("about-schema",
                services == null ? "-" : services.schemaVersion()));
        grid.addRow(4, new Label(I18n.tr("about.runtime")), value("about-runtime",
                "Java " + System.getProperty("java.version") + " · JavaFX " + System.getProperty("javafx.runtime.version", "?")));
        alert.getDialogPane().setContent(grid);
        alert.getDialogPane().setId("about-dialog");
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert;
    }

    private static Label value(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        return label;
    }
}
