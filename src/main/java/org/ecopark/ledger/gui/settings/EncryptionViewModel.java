package org.ecopark.ledger.gui.settings;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;

/**
 * 设置 → 加密: whether the open ledger is encrypted, and setting, changing or removing its password. A change closes
 * the ledger, writes its file anew and opens it again ({@link MainViewModel#changePassword}); the window is rebuilt
 * then, this page with it.
 */
public final class EncryptionViewModel {

    private final MainViewModel main;
    private final DialogService dialogs;
    private final boolean encrypted;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    public EncryptionViewModel(MainViewModel main, DialogService dialogs) {
        this.main = main;
        this.dialogs = dialogs;
        Services services = main.servicesProperty().get();
        this.encrypted = services != null && services.encrypted();
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** One sentence on what the ledger's state means. */
    public String status() {
        return I18n.tr(encrypted ? "settings.encryption.on" : "settings.encryption.off");
    }

    /** What can be done: set a password, or change or remove it. */
    public List<PasswordForm.Change> changes() {
        return encrypted ? List.of(PasswordForm.Change.CHANGE, PasswordForm.Change.REMOVE)
                : List.of(PasswordForm.Change.SET);
    }

    /** Whether a change is being made (the buttons wait). */
    public BooleanProperty busyProperty() {
        return busy;
    }

    /**
     * Makes the change the form holds, when it is complete; says how it went once the ledger is open again. The
     * form's fields are emptied.
     */
    public void apply(PasswordForm form) {
        if (!form.problemProperty().get().isEmpty()) {
            return;
        }
        busy.set(true);
        main.changePassword(form.takeCurrent(), form.takeNext(), refused -> {
            busy.set(false);
            if (refused == null) {
                dialogs.showInfo(I18n.tr("settings.encryption"),
                        I18n.tr("settings.encryption." + form.change().key() + ".done"));
            } else {
                dialogs.showError(I18n.tr("settings.encryption.failed"), refused);
            }
        });
    }
}
