package org.ecopark.ledger.gui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * What a dialog importing a signed file (a plan file, a return note) shows and allows: who signed it, a line saying
 * what runs or what was done, and whether it may be imported: nothing runs, it was not imported yet, and an
 * unregistered signer's fingerprint was checked by the user.
 */
public final class SignedImportState {

    private final ReadOnlyStringWrapper signer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper unconfirmed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty fingerprintChecked = new SimpleBooleanProperty(false);

    /** Back to nothing read, before a file is read. */
    public void reset() {
        imported.set(false);
        fingerprintChecked.set(false);
        unconfirmed.set(false);
        signer.set("");
    }

    /** True while {@code ready} holds and the state allows an import. */
    public BooleanBinding allowsImport(ObservableBooleanValue ready) {
        return Bindings.createBooleanBinding(() -> ready.get() && !running.get() && !imported.get()
                && (!unconfirmed.get() || fingerprintChecked.get()), ready, running, imported, unconfirmed, fingerprintChecked);
    }

    /** The file was read: who signed it, and whether a registered key confirms the signer. */
    public void signedBy(String text, boolean confirmed) {
        signer.set(text);
        unconfirmed.set(!confirmed);
    }

    public void setSummary(String text) {
        summary.set(text);
    }

    public void setRunning(boolean now) {
        running.set(now);
    }

    public void setImported() {
        imported.set(true);
    }

    public boolean isFingerprintChecked() {
        return fingerprintChecked.get();
    }

    public ReadOnlyStringProperty signerProperty() {
        return signer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unconfirmedProperty() {
        return unconfirmed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public BooleanProperty fingerprintCheckedProperty() {
        return fingerprintChecked;
    }
}
