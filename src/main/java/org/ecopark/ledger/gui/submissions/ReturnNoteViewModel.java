package org.ecopark.ledger.gui.submissions;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.common.SignedImportState;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.logic.bureau.ReturnNoteImport;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 报送 → 导入退回通知: reads the bureau's return note off the FX thread, shows who signed it and what it returns, and
 * marks the package returned once the user agrees; an unregistered signer only after the user says the fingerprint
 * was checked with the bureau.
 */
public final class ReturnNoteViewModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(ReturnNoteViewModel.class);

    private final Supplier<ReturnNoteImport> notes;
    private final UiExecutor executor;
    private final Runnable afterImport;
    private final ObjectProperty<ReturnNoteImport.Preview> preview = new SimpleObjectProperty<>();
    private final SignedImportState state = new SignedImportState();
    private final ReadOnlyBooleanWrapper refused = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canImport;

    /** @param afterImport called on the FX thread once a package is marked returned (the history reloads) */
    public ReturnNoteViewModel(Supplier<ReturnNoteImport> notes, UiExecutor executor, Runnable afterImport) {
        this.notes = notes;
        this.executor = executor;
        this.afterImport = afterImport;
        canImport = state.allowsImport(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> preview.get() != null && !preview.get().importedBefore(), preview));
    }

    /** Reads and checks the note; a refused note shows why. */
    public void load(Path file) {
        preview.set(null);
        refused.set(false);
        state.reset();
        run(I18n.tr("submission.gui.returnNote.reading"), () -> notes.get().preview(file, TrustedKeys.none()), read -> {
            state.signedBy(read.file().signerText(), read.signerConfirmed());
            state.setSummary(read.importedBefore() ? read.file().summaryText() + "\n"
                    + I18n.tr("bureau.note.importedBefore", read.file().fileName()) : read.file().summaryText());
            preview.set(read);
        });
    }

    /** Marks the package returned, in one transaction. */
    public void importNote() {
        ReturnNoteImport.Preview shown = preview.get();
        if (!canImport.get()) {
            return;
        }
        boolean checked = state.isFingerprintChecked();
        run(I18n.tr("submission.gui.returnNote.importing"), () -> notes.get().apply(shown, checked), done -> {
            state.setImported();
            state.setSummary(I18n.tr("bureau.note.imported", done.fileName(), done.periodCode(), done.returned().reason()));
            afterImport.run();
        });
    }

    private <T> void run(String message, Callable<T> work, Consumer<T> then) {
        state.setRunning(true);
        state.setSummary(message);
        executor.run(work, result -> {
            state.setRunning(false);
            then.accept(result);
        }, error -> {
            state.setRunning(false);
            refused.set(true);
            if (error instanceof BureauException refusal) {
                LOGGER.info("Return note refused: {}", refusal.getMessage());
                state.setSummary(refusal.getMessage());
            } else {
                LOGGER.error("Reading or importing a return note failed", error);
                state.setSummary(I18n.tr("submission.gui.returnNote.failed"));
            }
        });
    }

    /** Who signed the note, what it says, what runs, and the fingerprint's tick. */
    public SignedImportState state() {
        return state;
    }

    /** The note was refused (or reading it failed): the summary says why. */
    public ReadOnlyBooleanProperty refusedProperty() {
        return refused.getReadOnlyProperty();
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
