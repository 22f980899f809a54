package org.ecopark.ledger.logic.records;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The use cases every record service offers in the same way (check, save, delete, undo, explanations,
 * history), over its {@link AuditedRecords}; a service adds its reads and its rules. Drafts are
 * normalised (texts trimmed, parts ordered) before they are checked or saved, so that the form sees the
 * same findings the save will.
 *
 * @param <T> the model record
 */
public abstract class AuditedRecordService<T> {

    /** The field of a record that belongs to a park, as the audit log names it. */
    public static final String PARK = "parkId";

    protected final AuditedWrites writes;
    private final RecordType<T> type;
    private final AuditedRecords<T> records;
    private final UnaryOperator<T> normaliser;

    protected AuditedRecordService(AuditedWrites writes, RecordType<T> type, AuditedRecords.Validator<T> validator,
                                   UnaryOperator<T> normaliser) {
        this.writes = writes;
        this.type = type;
        this.records = new AuditedRecords<>(writes, type, validator);
        this.normaliser = normaliser;
    }

    public RecordValidation validate(T draft) {
        return records.validate(normaliser.apply(draft));
    }

    /**
     * Inserts (id 0) or updates the normalised draft, whatever is stored now: for a writer that read no record
     * first (an import, the command line). See {@link AuditedRecords#save}.
     */
    public Saved<T> save(T draft, Map<String, String> explanations) {
        return save(draft, null, explanations);
    }

    /**
     * Updates the record {@code loaded} as the user's form read it with the normalised draft, unless someone changed
     * or deleted it meanwhile; inserts a draft with id 0. See {@link AuditedRecords#save}.
     *
     * @throws RecordConflictException when the stored record is no longer {@code loaded}
     */
    public Saved<T> save(T draft, T loaded, Map<String, String> explanations) {
        return records.save(normaliser.apply(draft), loaded, explanations);
    }

    public RecordChange delete(long id) {
        return records.delete(id, null);
    }

    /** Deletes the record as the user saw it, unless someone changed it meanwhile ({@link RecordConflictException}). */
    public RecordChange delete(T loaded) {
        return records.delete(type.idOf(loaded), loaded);
    }

    public RecordChange undo(RecordChange change) {
        return records.undo(change);
    }

    public Map<String, String> explanations(long id) {
        return records.explanations(id);
    }

    public List<HistoryEntry> history(long id) {
        return records.history(id);
    }

    /** How a history names a logged park id: the park's name, or "#id" for a park no longer in the ledger. */
    public String parkName(long parkId) {
        return writes.read().parks().findAll().stream().filter(park -> park.id() == parkId)
                .map(org.ecopark.ledger.model.Park::name).findFirst().orElse("#" + parkId);
    }
}
