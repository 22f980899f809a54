package org.ecopark.ledger.gui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Park;

/** First run: which park does this installation serve? */
public final class ParkChooserDialog {

    private ParkChooserDialog() {
    }

    /** Wide enough for a park's full name and its city on one line, in Chinese and in most English names. */
    private static final double LIST_WIDTH = 560;

    public static Dialog<Park> create(Window owner, List<Park> parks) {
        Dialog<Park> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr("firstRun.title"));
        dialog.setHeaderText(I18n.tr("firstRun.header"));
        ListView<Park> list = new ListView<>();
        list.setId("park-chooser-list");
        list.getItems().setAll(parks);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Park park, boolean empty) {
                super.updateItem(park, empty);
                setText(empty || park == null ? null : park.nameIn(I18n.locale()) + "（" + park.city() + "）");
                // a long name wraps inside the list instead of ending in "…"
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPrefHeight(300);
        list.setPrefWidth(LIST_WIDTH);
        Label hint = new Label(parks.isEmpty() ? I18n.tr("firstRun.noParks") : I18n.tr("firstRun.hint"));
        hint.setId("park-chooser-hint");
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(10, hint, list));
        dialog.getDialogPane().setId("park-chooser");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.setResultConverter(button -> button == ButtonType.OK ? list.getSelectionModel().getSelectedItem() : null);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }

    public static Optional<Park> ask(Window owner, List<Park> parks) {
        return create(owner, parks).showAndWait();
    }
}
