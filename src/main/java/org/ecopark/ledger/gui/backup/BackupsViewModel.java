package org.ecopark.ledger.gui.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.backup.BackupEntry;
import org.ecopark.ledger.logic.backup.BackupException;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BackupText;
import org.ecopark.ledger.logic.backup.LedgerState;
import org.ecopark.ledger.logic.backup.PreparedRestore;
import org.ecopark.ledger.logic.backup.RestoreResult;
import org.ecopark.ledger.logic.backup.RestoreService;

/**
 * 文件 → 备份 and 文件 → 恢复: a backup by hand, the list of the ledger's backups, and a restore. A restore checks the
 * backup beside the ledger while the ledger stays open, then closes the ledger, keeps its file as a backup, swaps the
 * checked file in and opens the ledger again ({@link MainViewModel#whileClosed}). Every failure comes back as one
 * sentence for the user, the error itself for the log and the dialog's details.
 */
public final class BackupsViewModel {

    /** What went wrong, in the user's words, and the error behind it. */
    public record Failure(String message, Throwable error) {
    }

    private final MainViewModel main;
    private final UiExecutor executor;
    private final ObservableList<BackupEntry> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupEntry> selected = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");

    public BackupsViewModel(MainViewModel main, UiExecutor executor) {
        this.main = main;
        this.executor = executor;
    }

    /** Makes a backup by hand; {@code done} gets the sentence that says where it went. */
    public void backUp(Consumer<String> done, Consumer<Failure> failed) {
        Services services = main.servicesProperty().get();
        run(I18n.tr("backup.gui.backingUp"), () -> services.backups().backup(BackupReason.MANUAL),
                made -> done.accept(I18n.tr("backup.gui.made", made.file(), BackupText.size(made.size()),
                        BackupText.counts(made.label().counts()))),
                error -> failed.accept(failure(error, "backup.gui.failed")));
    }

    /** Lists the backups, newest first, and selects the newest. */
    public void load(Consumer<Failure> failed) {
        Services services = main.servicesProperty().get();
        run(I18n.tr("backup.gui.listing"), () -> new Listing(services.backups().folder(), services.backups().list()),
                listing -> {
                    folder.set(I18n.tr("backup.gui.folder", listing.folder()));
                    backups.setAll(listing.backups());
                    selected.set(backups.isEmpty() ? null : backups.get(0));
                    status.set(backups.isEmpty() ? I18n.tr("backup.gui.none") : "");
                }, error -> failed.accept(failure(error, "backup.gui.listFailed")));
    }

    private record Listing(Path folder, List<BackupEntry> backups) {
    }

    /** What a backup kept elsewhere holds (a USB stick's), for the question before its restore. */
    public void describe(Path file, Consumer<BackupEntry> found, Consumer<Failure> failed) {
        Services services = main.servicesProperty().get();
        run(I18n.tr("backup.gui.reading"), () -> services.backups().restores().describe(file), found,
                error -> failed.accept(failure(error, "backup.gui.restoreFailed")));
    }

    /** The question to ask before a restore of {@code backup}. */
    public static String confirmation(BackupEntry backup) {
        return I18n.tr("backup.gui.confirm", BackupText.madeAt(backup), BackupText.reason(backup.reason()),
                BackupText.counts(backup.label().counts()));
    }

    /**
     * Restores {@code backup} over the open ledger, which is opened again afterwards; {@code done} gets the sentence
     * that says what the ledger now holds.
     */
    public void restore(BackupEntry backup, Consumer<String> done, Consumer<Failure> failed) {
        Services services = main.servicesProperty().get();
        run(I18n.tr("backup.gui.checking"), () -> {
            RestoreService restores = services.backups().restores();
            LedgerState state = services.backups().state();
            return new Prepared(restores, state, restores.prepare(backup.file()));
        }, prepared -> {
            running.set(true);
            status.set(I18n.tr("backup.gui.restoring"));
            main.whileClosed(() -> prepared.restores().complete(prepared.restore(), prepared.state()), result -> {
                idle();
                done.accept(restored(result));
            }, error -> {
                idle();
                prepared.restores().abandon(prepared.restore());
                failed.accept(failure(error, "backup.gui.restoreFailed"));
            });
        }, error -> failed.accept(failure(error, "backup.gui.restoreFailed")));
    }

    private record Prepared(RestoreService restores, LedgerState state, PreparedRestore restore) {
    }

    /** What the window says after a restore: the backup, what the ledger now holds, the copy kept. */
    static String restored(RestoreResult result) {
        PreparedRestore restore = result.restored();
        StringBuilder text = new StringBuilder(I18n.tr("backup.gui.restored", BackupText.madeAt(restore.backup()),
                BackupText.reason(restore.backup().reason()), BackupText.counts(restore.counts())));
        BackupText.restoreNotes(restore).forEach(line -> text.append('\n').append(line));
        if (result.kept() != null) {
            text.append('\n').append(I18n.tr("backup.gui.kept", result.kept().file().getFileName()));
        }
        return text.toString();
    }

    private static Failure failure(Throwable error, String otherwise) {
        return new Failure(error instanceof BackupException backup ? backup.getMessage() : I18n.tr(otherwise), error);
    }

    private <T> void run(String message, Supplier<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        running.set(true);
        status.set(message);
        executor.run(work::get, value -> {
            idle();
            done.accept(value);
        }, error -> {
            idle();
            failed.accept(error);
        });
    }

    private void idle() {
        running.set(false);
        status.set("");
    }

    public ObservableList<BackupEntry> backups() {
        return backups;
    }

    public ObjectProperty<BackupEntry> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }
}
