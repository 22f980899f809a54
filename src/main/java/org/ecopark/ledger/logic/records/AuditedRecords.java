package org.ecopark.ledger.logic.records;

import java.util.List;
import java.util.Map;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.persistence.AuditJson;
import org.ecopark.ledger.persistence.RecordRepository;
import org.ecopark.ledger.persistence.Repositories;

/**
 * Save, delete, undo and history of one record type, audited and in transactions. A record service
 * holds one of these and adds its own reads and its validation rules.
 *
 * <p>Saving validates again inside the transaction (a duplicate may have been saved since the form
 * checked), refuses errors and unexplained warnings, writes the record, logs the change with the record
 * as read back, and stores the explanations. Undo re-applies the logged old values of a change: an
 * insert is deleted, an update written back, a delete restored under its old id; the undo is audited too.
 */
public final class AuditedRecords<T> {

    /** The rules of a record type; they may read the ledger (duplicates) through the given repositories. */
    @FunctionalInterface
    public interface Validator<T> {
        RecordValidation validate(Repositories repositories, T draft);
    }

    private final AuditedWrites writes;
    private final RecordType<T> type;
    private final Validator<T> validator;

    public AuditedRecords(AuditedWrites writes, RecordType<T> type, Validator<T> validator) {
        this.writes = writes;
        this.type = type;
        this.validator = validator;
    }

    /** The findings about a draft, outside any transaction: for feedback as the user types. */
    public RecordValidation validate(T draft) {
        return validator.validate(writes.read(), draft);
    }

    /**
     * Inserts the draft (id 0) or updates the record with its id.
     *
     * @param loaded       the record as the user's form read it, which the stored one must still be (null: not
     *                     compared, only required to exist); ignored for an insert
     * @param explanations warning key -> explanation, for the draft's warnings
     * @throws RecordRejectedException when validation refuses the draft
     * @throws RecordConflictException when the record was changed or deleted since {@code loaded} was read
     * @throws RecordWriteException    when the database refuses
     */
    public Saved<T> save(T draft, T loaded, Map<String, String> explanations) {
        return writes.inTransaction(tx -> {
            RecordRepository<T> repository = type.in(tx.repositories());
            RecordValidation validation = validator.validate(tx.repositories(), draft);
            validation.requireSavable(explanations);
            long id = type.idOf(draft);
            RecordChange change;
            T saved;
            if (id == 0) {
                id = repository.insert(draft);
                saved = repository.find(id).orElseThrow();
                change = tx.inserted(type.table(), id, saved);
            } else {
                T old = tx.lockUnchanged(type.table(), repository, id, loaded);
                repository.update(draft);
                saved = repository.find(id).orElseThrow();
                change = tx.updated(type.table(), id, old, saved);
            }
            tx.explain(type.table(), id, validation, explanations);
            return new Saved<>(saved, change);
        });
    }

    /**
     * Deletes the record with this id.
     *
     * @param loaded the record as the user saw it, which the stored one must still be (null: not compared)
     * @throws RecordConflictException when it was changed or deleted since
     */
    public RecordChange delete(long id, T loaded) {
        return writes.inTransaction(tx -> {
            RecordRepository<T> repository = type.in(tx.repositories());
            T old = tx.lockUnchanged(type.table(), repository, id, loaded);
            repository.delete(id);
            return tx.deleted(type.table(), id, old);
        });
    }

    /**
     * Undoes a change made through this type: the record gets its values from before the change.
     *
     * @return the audited change the undo made
     * @throws RecordWriteException when the record changed in a way the undo cannot reverse
     */
    public RecordChange undo(RecordChange change) {
        if (!type.table().equals(change.table())) {
            throw new IllegalArgumentException("Not a change of " + type.table() + ": " + change);
        }
        return writes.inTransaction(tx -> {
            RecordRepository<T> repository = type.in(tx.repositories());
            AuditEntry entry = tx.repositories().audit().find(change.auditId()).orElseThrow(RecordWriteException::gone);
            long id = change.recordId();
            var current = repository.find(id);
            switch (entry.action()) {
                case INSERT -> {
                    T inserted = current.orElseThrow(RecordWriteException::gone);
                    repository.delete(id);
                    return tx.deleted(type.table(), id, inserted);
                }
                case UPDATE -> {
                    T now = current.orElseThrow(RecordWriteException::gone);
                    repository.update(AuditJson.decode(entry.oldValues(), type.type()));
                    return tx.updated(type.table(), id, now, repository.find(id).orElseThrow());
                }
                case DELETE -> {
                    if (current.isPresent()) {
                        throw RecordWriteException.gone();
                    }
                    repository.restore(AuditJson.decode(entry.oldValues(), type.type()));
                    return tx.inserted(type.table(), id, repository.find(id).orElseThrow());
                }
                default -> throw new IllegalStateException("Unknown action " + entry.action());
            }
        });
    }

    /** The stored explanations of the record's overridden warnings, warning key -> text. */
    public Map<String, String> explanations(long id) {
        return writes.explanations(type.table(), id);
    }

    /** The record's audited changes, oldest first. */
    public List<HistoryEntry> history(long id) {
        return writes.history(type.table(), List.of(id));
    }
}
