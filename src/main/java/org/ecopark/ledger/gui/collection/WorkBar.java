package org.ecopark.ledger.gui.collection;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import org.ecopark.ledger.l10n.I18n;

/** The progress bar, message and cancel button of a tab's background work; shown only while it runs. */
final class WorkBar {

    private WorkBar() {
    }

    /**
     * @param prefix ids become {@code prefix-progress}, {@code prefix-message}, {@code prefix-cancel}
     */
    static HBox build(BackgroundWork work, String prefix, Runnable cancel) {
        ProgressBar bar = new ProgressBar();
        bar.setId(prefix + "-progress");
        bar.setPrefWidth(260);
        bar.progressProperty().bind(work.progressProperty());
        Label message = new Label();
        message.setId(prefix + "-message");
        message.textProperty().bind(work.messageProperty());
        Button stop = new Button(I18n.tr("collection.gui.cancel"));
        stop.setId(prefix + "-cancel");
        stop.setOnAction(event -> cancel.run());
        HBox box = new HBox(bar, message, stop);
        box.getStyleClass().add(CollectionStyles.WORK_BAR);
        box.visibleProperty().bind(work.runningProperty());
        box.managedProperty().bind(work.runningProperty());
        return box;
    }

    /** A status line that turns red for an error. */
    static Label status(String id, javafx.beans.property.StringProperty text, javafx.beans.property.BooleanProperty error) {
        Label label = new Label();
        label.setId(id);
        label.textProperty().bind(text);
        label.getStyleClass().add(CollectionStyles.STATUS);
        error.addListener((obs, was, now) -> {
            if (now) {
                label.getStyleClass().add(CollectionStyles.STATUS_ERROR);
            } else {
                label.getStyleClass().remove(CollectionStyles.STATUS_ERROR);
            }
        });
        return label;
    }
}
