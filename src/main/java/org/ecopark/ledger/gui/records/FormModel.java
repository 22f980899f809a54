package org.ecopark.ledger.gui.records;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.NotOnDiskException;
import org.ecopark.ledger.logic.records.RecordConflictException;
import org.ecopark.ledger.logic.records.RecordRejectedException;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The state every record form shares, whatever it edits: the findings about the form as typed, the
 * explanations of the warnings the user overrides, whether saving is allowed, and the outcome of the
 * last save. {@link FormSupport} shows it; subclasses fill in what a save, a cancel and a history are.
 */
public abstract class FormModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(FormModel.class);

    private final UiExecutor executor;
    private final ObjectProperty<RecordValidation> validation = new SimpleObjectProperty<>(RecordValidation.ok());
    private final ObservableMap<String, String> explanations = FXCollections.observableHashMap();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    private final BooleanProperty showAllProblems = new SimpleBooleanProperty(false);
    private final IntegerProperty freshForms = new SimpleIntegerProperty(0);
    private final ObjectProperty<RecordConflictException> conflict = new SimpleObjectProperty<>();
    private boolean edited;
    private boolean writing;
    private ObservableBooleanValue reading = new SimpleBooleanProperty(false);
    private final BooleanBinding canSave = Bindings.createBooleanBinding(
            () -> !busy.get() && validation.get().allowsSaving(explanations), validation, explanations, busy);

    protected FormModel(UiExecutor executor) {
        this.executor = executor;
    }

    /** Saves the form; the outcome arrives in {@link #messageProperty()}. */
    public abstract void save();

    /** Drops the edits: the form shows the stored values again. */
    public abstract void cancel();

    /** Whether the form shows something stored, which then has a history. */
    public abstract ReadOnlyBooleanProperty hasHistoryProperty();

    /** The audited changes of what the form shows, oldest first. */
    public abstract List<HistoryEntry> history();

    /** The l10n prefix of the field labels, so that a history names fields as the form does. */
    public abstract String fieldLabelPrefix();

    /**
     * How the history shows a logged value of a field (the log keeps stored values: enum names, ids);
     * a form overrides this to show labels and names instead.
     */
    public String historyValue(String field, String value) {
        return value;
    }

    /**
     * The same for a value that needs its change to be read (a figure's unit comes with its metric); by default,
     * as {@link #historyValue(String, String)}.
     */
    public String historyValue(HistoryEntry entry, String field, String value) {
        return historyValue(field, value);
    }

    /**
     * After a save refused because someone changed or deleted what the form shows ({@link #conflictProperty()}):
     * fills the form with what is stored now, dropping what was typed.
     */
    public abstract void reloadAfterConflict();

    /**
     * The last save or delete refused because someone changed or deleted what the form shows since it was filled
     * (null: none since); the view names who and when and asks whether to {@link #reloadAfterConflict reload}.
     */
    public ReadOnlyObjectProperty<RecordConflictException> conflictProperty() {
        return conflict;
    }

    /** Checks the form as it stands; called whenever a watched field changes. */
    public abstract void revalidate();

    public ReadOnlyObjectProperty<RecordValidation> validationProperty() {
        return validation;
    }

    public RecordValidation validation() {
        return validation.get();
    }

    /** Warning key ({@code Problem.key()}) -> the user's explanation. */
    public ObservableMap<String, String> explanations() {
        return explanations;
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    /** What the last save, delete or undo came to, in the user's language; empty when nothing to say. */
    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    /**
     * Whether every field's errors are shown, or only those of fields the user has been in: false for an
     * empty new form, true for a stored record and once a save was tried.
     */
    public ReadOnlyBooleanProperty showAllProblemsProperty() {
        return showAllProblems;
    }

    /** Shows the errors of every field, also of those the user has not been in yet. */
    public void revealProblems() {
        showAllProblems.set(true);
    }

    /**
     * Counts the times the form was filled afresh with only the problems of visited fields to show (an
     * empty new form): the view then forgets which fields the user had been in.
     */
    public ReadOnlyIntegerProperty freshFormsProperty() {
        return freshForms;
    }

    /**
     * Whether the user changed the form since it was filled from the ledger: a reload after a change made
     * elsewhere then leaves the form alone, so that nothing typed is lost.
     */
    public boolean isEdited() {
        return edited;
    }

    protected void setEdited(boolean value) {
        edited = value;
    }

    protected void setShowAllProblems(boolean all) {
        showAllProblems.set(all);
        if (!all) {
            freshForms.set(freshForms.get() + 1);
        }
    }

    protected void setValidation(RecordValidation findings) {
        validation.set(findings);
    }

    protected void setBusy(boolean value) {
        writing = value;
        busy.set(writing || reading.get());
    }

    /** Keeps the form busy while {@code loading} is true as well: nothing is saved into a form being replaced. */
    protected void busyWhile(ObservableBooleanValue loading) {
        reading = loading;
        loading.addListener(ignored -> busy.set(writing || loading.get()));
    }

    protected void info(String text) {
        messageIsError.set(false);
        message.set(text);
    }

    protected void error(String text) {
        messageIsError.set(true);
        message.set(text);
    }

    /**
     * Shows why a write failed. Refusals by validation or the database carry a translated message; any
     * other failure is a bug, logged once and shown as a plain apology.
     */
    protected void failed(Throwable failure) {
        if (failure instanceof RecordRejectedException rejected) {
            setValidation(rejected.validation());
            error(rejected.getMessage());
        } else if (failure instanceof RecordConflictException refused) {
            error(refused.getMessage());
            conflict.set(null);
            conflict.set(refused);
        } else if (failure instanceof RecordWriteException || failure instanceof NotOnDiskException) {
            error(failure.getMessage());
        } else {
            LOGGER.error("Unexpected failure while writing a record", failure);
            error(I18n.tr("records.error.saveFailed"));
        }
    }

    /**
     * Refuses a save before it starts when the form has errors or unexplained warnings; the reason is
     * shown as the message.
     *
     * @return whether the save may go ahead
     */
    protected boolean readyToSave() {
        revalidate();
        showAllProblems.set(true);
        RecordValidation findings = validation.get();
        if (findings.hasErrors()) {
            error(findings.errors().get(0).message());
            return false;
        }
        if (!findings.unexplained(explanations).isEmpty()) {
            error(I18n.tr("records.error.unexplained", findings.unexplained(explanations).get(0).message()));
            return false;
        }
        return true;
    }

    /**
     * Runs {@code work} as a task through the executor, busy meanwhile; {@code onSuccess} gets its result
     * on the FX thread, a failure goes to {@link #failed}.
     */
    protected <R> void run(Supplier<R> work, Consumer<R> onSuccess) {
        setBusy(true);
        Task<R> task = new Task<>() {
            @Override
            protected R call() {
                return work.get();
            }
        };
        task.setOnSucceeded(event -> {
            setBusy(false);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            setBusy(false);
            failed(task.getException());
        });
        executor.execute(task);
    }
}
