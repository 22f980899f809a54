package org.ecopark.ledger.gui;

import java.nio.file.Path;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Locations;
import org.ecopark.ledger.logic.WindowCalls;

/**
 * What the window offers when it has no ledger open ({@link OpenFailure}): the password of an encrypted ledger, the
 * window that holds it brought forward, the same ledger once more, another ledger, a new one, or a backup.
 */
public final class OpenFailureViewModel {

    private final MainViewModel main;
    private final OpenFailure failure;
    private final DialogService dialogs;
    private final BackupRestorer restorer;
    private final UiExecutor executor;
    private final Runnable closeWindow;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    /** The connection to correct, for a ledger on a server; null for a file. */
    private final org.ecopark.ledger.gui.settings.ServerFormModel server;

    /** @param closeWindow closes this window, once the one holding the ledger came forward in its place */
    public OpenFailureViewModel(MainViewModel main, OpenFailure failure, DialogService dialogs, BackupRestorer restorer,
                                UiExecutor executor, Runnable closeWindow) {
        this.main = main;
        this.failure = failure;
        this.dialogs = dialogs;
        this.restorer = restorer;
        this.executor = executor;
        this.closeWindow = closeWindow;
        this.server = failure.onServer() ? new org.ecopark.ledger.gui.settings.ServerFormModel(failure.server()) : null;
    }

    /** The server's address as the clerk may correct it; only for a ledger on a server. */
    public org.ecopark.ledger.gui.settings.ServerFormModel server() {
        return server;
    }

    /** Opens the ledger on the server the fields name, with the password typed; says what is missing instead. */
    public void connect() {
        var address = server.address();
        if (address.isEmpty()) {
            note.set(server.problemProperty().get());
            return;
        }
        char[] typed = password.get().toCharArray();
        password.set("");
        if (typed.length == 0) {
            note.set(I18n.tr("open.failed.passwordEmpty"));
            return;
        }
        main.openServer(address.get(), typed, error -> { });
    }

    /** Leaves the server for the ledger file on this computer. */
    public void openLocal() {
        main.openLocalLedger();
    }

    public OpenFailure failure() {
        return failure;
    }

    public String title() {
        return I18n.tr(failure.stopped() ? "open.failed.stopped" : "open.failed.title");
    }

    /** Where the details are. */
    public String logHint() {
        return I18n.tr("open.failed.log", Locations.logFile());
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** A word about the last action that did not work out (an empty password, a window that did not answer). */
    public StringProperty noteProperty() {
        return note;
    }

    /** Opens the ledger with the password typed. */
    public void unlock() {
        char[] typed = password.get().toCharArray();
        password.set("");
        if (typed.length == 0) {
            note.set(I18n.tr("open.failed.passwordEmpty"));
            return;
        }
        main.unlock(typed, error -> { });
    }

    /** Asks the window holding the ledger to come forward; this one closes once it did. */
    public void bringForward() {
        Task<Boolean> call = new Task<>() {
            @Override
            protected Boolean call() {
                return WindowCalls.bringForward(failure.holder().orElseThrow());
            }
        };
        call.setOnSucceeded(event -> {
            if (Boolean.TRUE.equals(call.getValue())) {
                closeWindow.run();
            } else {
                note.set(I18n.tr("open.failed.noAnswer"));
            }
        });
        executor.execute(call);
    }

    public void openAgain() {
        main.openAgain(error -> { });
    }

    public void openOther() {
        dialogs.chooseLedger(folder()).ifPresent(path -> main.openLedger(path, null, error -> { }));
    }

    public void createNew() {
        dialogs.chooseNewLedger(folder()).ifPresent(path -> main.openLedger(path, null, error -> { }));
    }

    public boolean canRestore() {
        return !failure.onServer() && restorer.canRestore(failure.ledger());
    }

    public void restore() {
        restorer.restore(failure.ledger(), restored -> main.openLedger(restored, null, error -> { }));
    }

    private Path folder() {
        Path parent = failure.ledger().toAbsolutePath().getParent();
        return parent != null ? parent : Locations.dataDirectory();
    }
}
