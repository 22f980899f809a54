package org.ecopark.ledger.gui.bureau;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.common.Styles;
import org.ecopark.ledger.l10n.I18n;

/** The controls the bureau's screens and dialogs share. */
final class BureauControls {

    private BureauControls() {
    }

    /**
     * The sentence {@code work} came to, in the colour of done or failed, taking no room while there is none; an
     * unexpected error opens the error dialog.
     */
    static Label message(String id, WorkMessage work, DialogService dialogs) {
        Label message = new Label();
        message.setId(id);
        message.setWrapText(true);
        message.setMinHeight(Region.USE_PREF_SIZE);
        message.textProperty().bind(work.messageProperty());
        message.visibleProperty().bind(work.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        message.getStyleClass().add(Styles.MESSAGE_DONE);
        work.failedProperty().addListener((obs, was, now) -> {
            message.getStyleClass().removeAll(Styles.MESSAGE_ERROR, Styles.MESSAGE_DONE);
            message.getStyleClass().add(now ? Styles.MESSAGE_ERROR : Styles.MESSAGE_DONE);
        });
        work.unexpectedProperty().addListener((obs, old, error) -> {
            if (error != null) {
                dialogs.showError(I18n.tr("bureau.gui.failed"), error);
            }
        });
        return message;
    }

    /** A column of text that may not fit (a fingerprint, a park's English name): whole in the tooltip. */
    static <S> TableColumn<S, String> column(String key, double width, Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(I18n.tr(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setCellFactory(each -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
            }
        });
        return column;
    }

    /** A form's label. */
    static Label label(String key) {
        Label label = new Label(I18n.tr(key));
        label.getStyleClass().add(Styles.FORM_LABEL);
        return label;
    }
}
