package org.ecopark.ledger.gui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Pos;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.ecopark.ledger.l10n.I18n;

/** What the dialogs that run work in the background share: how they open, and the line that says what runs. */
public final class WorkDialogs {

    private WorkDialogs() {
    }

    /** A resizable dialog with its title and the sentence at its top, over {@code owner} when there is one. */
    public static <R> Dialog<R> create(Window owner, String titleKey, String headerKey) {
        Dialog<R> dialog = new Dialog<>();
        dialog.setTitle(I18n.tr(titleKey));
        dialog.setHeaderText(I18n.tr(headerKey));
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        return dialog;
    }

    /**
     * Sizes a shown dialog to its pane's preferred size within the screen and centres it: a dialog shown before its
     * texts are loaded keeps the narrow width its empty wrapping labels gave it, whatever width its pane prefers.
     */
    public static void fitToPane(Dialog<?> dialog) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double width = Math.min(dialog.getDialogPane().getPrefWidth(), screen.getWidth());
        double height = Math.min(dialog.getDialogPane().getPrefHeight(), screen.getHeight());
        dialog.setWidth(width);
        dialog.setHeight(height);
        dialog.setX(screen.getMinX() + (screen.getWidth() - width) / 2);
        dialog.setY(screen.getMinY() + (screen.getHeight() - height) / 2);
    }

    /** A label of id {@code id} that wraps onto more lines rather than cut its text (a fingerprint) off. */
    public static Label wrapping(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }

    /** A spinner while {@code running}, beside {@code text} wrapped; the text's label has the id {@code id}. */
    public static HBox statusLine(String id, ObservableBooleanValue running, ObservableStringValue text) {
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(18, 18);
        busy.visibleProperty().bind(running);
        busy.managedProperty().bind(running);
        Label status = wrapping(id);
        status.textProperty().bind(text);
        HBox line = new HBox(8, busy, status);
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }
}
