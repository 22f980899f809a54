package org.ecopark.ledger.gui.settings;

import javafx.beans.property.StringProperty;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;

/** The fields of a {@link ServerFormModel}: host and port on one row, database, user; ids start with {@code prefix}. */
public final class ServerForm {

    private ServerForm() {
    }

    /** The fields in a grid of two columns (label, field), ids {@code prefix-host}, {@code -port}, {@code -database}, {@code -user}. */
    public static GridPane build(ServerFormModel model, String prefix) {
        TextField host = field(prefix + "-host", model.hostProperty(), 22);
        TextField port = field(prefix + "-port", model.portProperty(), 5);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.addRow(0, label("settings.db.host"), host, label("settings.db.port"), port);
        grid.addRow(1, label("settings.db.database"), field(prefix + "-database", model.databaseProperty(), 22));
        grid.addRow(2, label("settings.db.user"), field(prefix + "-user", model.userProperty(), 22));
        return grid;
    }

    private static TextField field(String id, StringProperty text, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(text);
        return field;
    }

    /** A form's label in the settings' style. */
    public static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        label.setMinWidth(Region.USE_PREF_SIZE); // whole, however narrow the dialog holding the form
        return label;
    }
}
