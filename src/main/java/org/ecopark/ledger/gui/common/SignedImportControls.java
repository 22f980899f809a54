package org.ecopark.ledger.gui.common;

import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import org.ecopark.ledger.l10n.I18n;

/** The controls a dialog importing a signed file shows over its {@link SignedImportState}. */
public final class SignedImportControls {

    private SignedImportControls() {
    }

    /** The tick "I checked this fingerprint", shown while the signer is unconfirmed and nothing was imported. */
    public static CheckBox fingerprintTick(SignedImportState state, String id, String textKey) {
        CheckBox checked = new CheckBox(I18n.tr(textKey));
        checked.setId(id);
        checked.selectedProperty().bindBidirectional(state.fingerprintCheckedProperty());
        checked.visibleProperty().bind(state.unconfirmedProperty().and(state.importedProperty().not()));
        checked.managedProperty().bind(checked.visibleProperty());
        return checked;
    }

    /**
     * Adds {@code importType} and Close to the dialog; the import button runs {@code action} while {@code enabled},
     * and the dialog stays open to say what was imported.
     */
    public static Button importButton(Dialog<?> dialog, ButtonType importType, String id, ObservableBooleanValue enabled,
                                      Runnable action) {
        dialog.getDialogPane().getButtonTypes().addAll(importType, ButtonType.CLOSE);
        Button button = (Button) dialog.getDialogPane().lookupButton(importType);
        button.setId(id);
        button.disableProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        button.addEventFilter(ActionEvent.ACTION, event -> {
            event.consume();
            action.run();
        });
        return button;
    }
}
