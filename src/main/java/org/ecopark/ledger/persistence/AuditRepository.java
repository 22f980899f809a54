package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.AUDIT_LOG;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.persistence.jooq.tables.records.AuditLogRecord;
import org.jooq.DSLContext;

/** The audit trail: one entry per inserted, updated or deleted row, values as JSON ({@link AuditJson}). */
public final class AuditRepository {

    /** Entries per JDBC batch of {@link #writeAll}. */
    private static final int BATCH = 1_000;

    private final DSLContext dsl;

    public AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Logs one change; {@code oldValue} is null for an insert, {@code newValue} for a delete.
     *
     * @return the entry's id
     */
    public long write(String changedBy, String table, String recordKey, AuditAction action, Object oldValue,
                      Object newValue) {
        AuditLogRecord record = dsl.newRecord(AUDIT_LOG);
        record.setChangedBy(changedBy);
        record.setTableName(table);
        record.setRecordKey(recordKey);
        record.setAction(action.name());
        record.setOldValues(AuditJson.encode(oldValue));
        record.setNewValues(AuditJson.encode(newValue));
        record.store();
        return record.getId();
    }

    /** One change of {@link #writeAll}: the row's key, and its old (null: inserted) and new values. */
    public record Change(String recordKey, AuditAction action, Object oldValue, Object newValue) {
    }

    /**
     * Logs many changes of one table, as {@link #write} does each, in JDBC batches (a large import writes
     * tens of thousands); the entries' ids follow the order given.
     */
    public void writeAll(String changedBy, String table, List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(AUDIT_LOG, AUDIT_LOG.CHANGED_BY, AUDIT_LOG.TABLE_NAME, AUDIT_LOG.RECORD_KEY,
                AUDIT_LOG.ACTION, AUDIT_LOG.OLD_VALUES, AUDIT_LOG.NEW_VALUES).values((String) null, null, null, null, null, null);
        for (int from = 0; from < changes.size(); from += BATCH) {
            var batch = dsl.batch(insert);
            for (Change change : changes.subList(from, Math.min(changes.size(), from + BATCH))) {
                batch = batch.bind(changedBy, table, change.recordKey(), change.action().name(),
                        AuditJson.encode(change.oldValue()), AuditJson.encode(change.newValue()));
            }
            batch.execute();
        }
    }

    public Optional<AuditEntry> find(long id) {
        return dsl.selectFrom(AUDIT_LOG).where(AUDIT_LOG.ID.eq(id)).fetchOptional(AuditRepository::toEntry);
    }

    /** The changes of one row, oldest first. */
    public List<AuditEntry> history(String table, String recordKey) {
        return history(table, List.of(recordKey));
    }

    /** The changes of several rows of one table (a grid of statistics), oldest first. */
    public List<AuditEntry> history(String table, Collection<String> recordKeys) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table)).and(AUDIT_LOG.RECORD_KEY.in(recordKeys))
                .orderBy(AUDIT_LOG.ID)
                .fetch(AuditRepository::toEntry);
    }

    /** The latest change of any of these rows of a table: who changed it last, and when. */
    public Optional<AuditEntry> latest(String table, Collection<String> recordKeys) {
        return dsl.selectFrom(AUDIT_LOG)
                .where(AUDIT_LOG.TABLE_NAME.eq(table)).and(AUDIT_LOG.RECORD_KEY.in(recordKeys))
                .orderBy(AUDIT_LOG.ID.desc()).limit(1)
                .fetchOptional(AuditRepository::toEntry);
    }

    /** How many entries the log holds for a table; for tests and the bureau's consistency checks. */
    public int count(String table) {
        return dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.TABLE_NAME.eq(table));
    }

    private static AuditEntry toEntry(AuditLogRecord r) {
        return new AuditEntry(r.getId(), r.getChangedAt().toInstant(), r.getChangedBy(), r.getTableName(),
                r.getRecordKey(), AuditAction.valueOf(r.getAction()), r.getOldValues(), r.getNewValues());
    }
}
