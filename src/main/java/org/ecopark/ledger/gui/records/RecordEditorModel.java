package org.ecopark.ledger.gui.records;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.LatestLoad;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.HistoryEntry;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordConflictException;
import org.ecopark.ledger.logic.records.RecordValidation;
import org.ecopark.ledger.logic.records.Saved;

/**
 * A list of records with a form for one of them: the view model half of every record screen. A record
 * type's view model extends this, holds the form's fields as properties, and says how to read, check
 * and write its records (the abstract methods, which call its service). Loading, saving, deleting and
 * undoing run as tasks through the executor; the form is checked on the FX thread as the user types.
 *
 * <p>The record in the form is {@link #currentProperty()}: null while a new one is entered. After a
 * save, the list reloads and the saved record becomes the current one. After a change made elsewhere
 * ({@link #refresh()}) the list reloads too, but a form the user has edited keeps what was typed.
 *
 * @param <T> the model record
 */
public abstract class RecordEditorModel<T> extends FormModel {

    private final ObservableList<T> records = FXCollections.observableArrayList();
    private final ObjectProperty<T> current = new SimpleObjectProperty<>();
    private final ObjectProperty<RecordChange> lastChange = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper refreshing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper hasHistory = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canUndo = lastChange.isNotNull().and(busyProperty().not());
    private final LatestLoad loads;
    private boolean filling;
    /** How many changes the user has made to the form; a load keeps the form typed into while it ran. */
    private long edits;
    /** The record in the form was deleted elsewhere while the user was editing it: it can no longer be saved. */
    private boolean gone;
    /**
     * The record as the form was filled from it (or as this form saved it): a save or delete is refused when the
     * stored record is no longer this one, so that nobody's change is overwritten unseen.
     */
    private T loaded;
    /** A record asked for by id ({@link #open}) before the list holding it had loaded; null for none. */
    private Long wanted;

    protected RecordEditorModel(UiExecutor executor) {
        super(executor);
        loads = new LatestLoad(executor);
        current.addListener((obs, old, record) -> hasHistory.set(record != null));
    }

    /** The records of the list; runs on the worker. */
    protected abstract List<T> fetch();

    protected abstract long idOf(T record);

    /** Copies the record into the form's properties; null empties the form for a new record. */
    protected abstract void fill(T record);

    /** The record the form describes now (id 0 for a new one). */
    protected abstract T draft();

    /** The service's findings about a draft. */
    protected abstract RecordValidation check(T draft);

    /** Saves the draft, unless the stored record is no longer {@code loaded} ({@link RecordConflictException}). */
    protected abstract Saved<T> store(T draft, T loaded, Map<String, String> explanations);

    /** Deletes the record as the list shows it, unless it was changed meanwhile ({@link RecordConflictException}). */
    protected abstract RecordChange remove(T record);

    protected abstract RecordChange revert(RecordChange change);

    protected abstract List<HistoryEntry> fetchHistory(T record);

    /** The explanations stored with the record for the warnings it was saved with. */
    protected abstract Map<String, String> storedExplanations(T record);

    /**
     * Runs on the FX thread after {@link #fetch()}, before the list is replaced: where a view model
     * publishes what it read alongside the records (the enterprises a patent form offers as owners).
     */
    protected void loaded() {
    }

    /** Re-checks the form whenever one of these form properties changes. */
    protected final void watch(Observable... fields) {
        for (Observable field : fields) {
            field.addListener(ignored -> {
                if (!filling) {
                    edits++;
                    setEdited(true);
                    revalidate();
                }
            });
        }
    }

    @Override
    public void revalidate() {
        setValidation(check(draft()));
    }

    public ObservableList<T> records() {
        return records;
    }

    public ReadOnlyObjectProperty<T> currentProperty() {
        return current;
    }

    /** The id of the record in the form; null while a new one is entered. */
    public Long currentId() {
        return current.get() == null ? null : idOf(current.get());
    }

    /** Whether a record is the one in the form (same id). */
    public boolean isCurrent(T record) {
        return record != null && current.get() != null && idOf(record) == idOf(current.get());
    }

    /** Shows the record as stored now (the typed changes are dropped), or empties the form when it was deleted. */
    @Override
    public void reloadAfterConflict() {
        info(I18n.tr("records.conflict.reloaded"));
        setEdited(false);
        edits++;
        long asked = edits;
        loads.load(this::fetch, list -> replace(list, () -> edits != asked, false), this::failed);
    }

    @Override
    protected void failed(Throwable failure) {
        if (failure instanceof RecordConflictException refused && refused.deleted()) {
            gone = true;
        }
        super.failed(failure);
    }

    /** True while the list is being replaced; a list view ignores its selection changes meanwhile. */
    public ReadOnlyBooleanProperty refreshingProperty() {
        return refreshing.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RecordChange> lastChangeProperty() {
        return lastChange;
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    @Override
    public ReadOnlyBooleanProperty hasHistoryProperty() {
        return hasHistory.getReadOnlyProperty();
    }

    /**
     * Loads the list again; the current record is refreshed from it, or the form emptied if it is gone, unless
     * the user typed into the form while the list was loading.
     */
    public void reload() {
        long asked = edits;
        loads.load(this::fetch, list -> replace(list, () -> edits != asked, false), this::failed);
    }

    /**
     * Loads the list again after a change made elsewhere. A form the user has not edited follows its record as
     * now stored; an edited one keeps what was typed, and says so when its record was deleted meanwhile.
     */
    public void refresh() {
        loads.load(this::fetch, list -> replace(list, this::isEdited, true), this::failed);
    }

    /**
     * @param keepForm  whether the form is to be kept as typed
     * @param elsewhere the list changed elsewhere, so that a record gone from it is news to the user
     */
    private void replace(List<T> list, BooleanSupplier keepForm, boolean elsewhere) {
        boolean keep = keepForm.getAsBoolean();
        // a chooser whose items are replaced sets its value again: that is no edit, and nothing to check
        filling = true;
        try {
            loaded();
            refreshing.set(true);
            try {
                records.setAll(list);
            } finally {
                refreshing.set(false);
            }
        } finally {
            filling = false;
        }
        T shown = current.get();
        T fresh = shown == null ? null : list.stream().filter(this::isCurrent).findFirst().orElse(null);
        if (keep) {
            keepForm(shown, fresh);
        } else if (shown != null) {
            current.set(null);
            show(fresh);
            if (fresh == null && elsewhere) {
                info(I18n.tr("records.form.deletedElsewhere"));
            }
        }
        openWanted();
    }

    /** The list has been replaced under an edited form: only the list's selection follows. */
    private void keepForm(T shown, T fresh) {
        if (shown != null) {
            gone = fresh == null;
            current.set(null); // the list selects the record again
            current.set(gone ? shown : fresh);
            if (gone) {
                error(I18n.tr("records.form.goneElsewhere"));
            }
        }
        if (!busyProperty().get()) {
            // what else is stored can change the findings (a credit code taken meanwhile); while a save of this
            // form is under way, the ledger already holds the form itself, which is no finding
            revalidate();
        }
    }

    /**
     * Puts the record with this id into the form, as another screen asks (a record behind a target's
     * value): at once when the list holds it, else as soon as the list being loaded arrives.
     */
    public void open(long id) {
        wanted = id;
        if (!loads.busyProperty().get()) {
            openWanted();
        }
    }

    private void openWanted() {
        if (wanted == null) {
            return;
        }
        long id = wanted;
        wanted = null;
        records.stream().filter(record -> idOf(record) == id).findFirst().ifPresentOrElse(this::edit,
                () -> info(I18n.tr("records.open.notFound")));
    }

    /** Puts a record into the form (null: an empty form for a new record). */
    public void edit(T record) {
        show(record);
        info("");
    }

    /** Fills the form from a record and its stored explanations, keeping the last message. */
    private void show(T record) {
        filling = true;
        try {
            fill(record);
        } finally {
            filling = false;
        }
        setEdited(false);
        gone = false;
        loaded = record;
        current.set(record);
        setShowAllProblems(record != null);
        explanations().clear();
        if (record != null) {
            explanations().putAll(storedExplanations(record));
        }
        revalidate();
    }

    public void newRecord() {
        edit(null);
    }

    @Override
    public void cancel() {
        edit(gone ? null : current.get());
    }

    @Override
    public void save() {
        if (gone) {
            error(I18n.tr("records.form.goneElsewhere"));
            return;
        }
        if (!readyToSave()) {
            return;
        }
        T draft = draft();
        T from = loaded;
        Map<String, String> given = validation().explanationsOf(explanations());
        run(() -> store(draft, from, given), saved -> {
            lastChange.set(saved.change());
            loaded = saved.record();
            current.set(saved.record());
            reload();
            info(I18n.tr("records.form.saved"));
        });
    }

    public void delete(T record) {
        run(() -> remove(record), change -> {
            lastChange.set(change);
            if (isCurrent(record)) {
                show(null);
            }
            reload();
            info(I18n.tr("records.form.deleted"));
        });
    }

    /** Undoes the last save or delete made in this screen; the undo is audited like any change. */
    public void undo() {
        RecordChange change = lastChange.get();
        if (change == null) {
            return;
        }
        run(() -> revert(change), undone -> {
            lastChange.set(null);
            reload();
            info(I18n.tr("records.form.undone"));
        });
    }

    @Override
    public List<HistoryEntry> history() {
        return current.get() == null ? List.of() : fetchHistory(current.get());
    }
}
