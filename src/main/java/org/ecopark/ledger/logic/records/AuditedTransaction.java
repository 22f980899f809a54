package org.ecopark.ledger.logic.records;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.WarningOverride;
import org.ecopark.ledger.persistence.AuditRepository;
import org.ecopark.ledger.persistence.RecordRepository;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The repositories of one transaction plus the audit calls a service makes after each write. Values are
 * logged as the model records they are (JSON); the record key is the row's id.
 */
public final class AuditedTransaction {

    /** The table the explanations of overridden warnings live in; their changes are audited too. */
    public static final String OVERRIDE_TABLE = "warning_override";

    private final Repositories repositories;
    private final String user;

    AuditedTransaction(Repositories repositories, String user) {
        this.repositories = repositories;
        this.user = user;
    }

    public Repositories repositories() {
        return repositories;
    }

    public String user() {
        return user;
    }

    /**
     * Locks the record's row until the commit and returns the record as stored, when it is still the one the user's
     * form read: the optimistic check every audited update and delete makes. The lock comes first, so that of two
     * writers of one record the later waits and then compares with what the earlier committed.
     *
     * @param loaded the record as the form read it; null: the caller read none, so only its existence is required
     * @throws RecordConflictException naming the latest change when the record is gone or differs from {@code loaded}
     */
    public <T> T lockUnchanged(String table, RecordRepository<T> repository, long id, T loaded) {
        repositories.locks().lock(table, id);
        T stored = repository.find(id).orElseThrow(() -> conflict(table, List.of(id), true));
        if (loaded != null && !loaded.equals(stored)) {
            throw conflict(table, List.of(id), false);
        }
        return stored;
    }

    /** The refusal of a write to rows of a table someone changed ({@code deleted}: removed) since the form read them. */
    public RecordConflictException conflict(String table, Collection<Long> ids, boolean deleted) {
        return new RecordConflictException(
                repositories.audit().latest(table, ids.stream().map(String::valueOf).toList()), deleted);
    }

    public RecordChange inserted(String table, long id, Object newValue) {
        return log(table, id, AuditAction.INSERT, null, newValue);
    }

    public RecordChange updated(String table, long id, Object oldValue, Object newValue) {
        return log(table, id, AuditAction.UPDATE, oldValue, newValue);
    }

    /** Logs a deleted row; its explanations of overridden warnings are deleted with it. */
    public RecordChange deleted(String table, long id, Object oldValue) {
        explain(table, id, RecordValidation.ok(), Map.of());
        return log(table, id, AuditAction.DELETE, oldValue, null);
    }

    /**
     * Makes the row's stored explanations those of the validation's warnings: a new or reworded
     * explanation is stored, one for a warning that no longer applies is removed. Each change is audited.
     */
    public void explain(String table, long id, RecordValidation validation, Map<String, String> explanations) {
        explain(table, id, validation, explanations, repositories.warningOverrides().find(table, id));
    }

    /** One written row of {@link #loggedAll}/{@link #explainAll}; {@code oldValue} null for an inserted row. */
    public record Written(long id, Object oldValue, Object newValue, RecordValidation validation,
                          Map<String, String> explanations) {
    }

    /**
     * Logs many inserted or updated rows of one table at once (a large import), each as {@link #inserted} or
     * {@link #updated} would, in batches.
     */
    public void loggedAll(String table, List<Written> rows) {
        repositories.audit().writeAll(user, table, rows.stream().map(row -> new AuditRepository.Change(
                String.valueOf(row.id()), row.oldValue() == null ? AuditAction.INSERT : AuditAction.UPDATE,
                row.oldValue(), row.newValue())).toList());
    }

    /**
     * {@link #explain} for many rows of one table, their stored explanations read in one query; only those of the
     * updated rows: an inserted row's id is new, and no explanation can name it yet.
     */
    public void explainAll(String table, List<Written> rows) {
        List<Long> updated = rows.stream().filter(row -> row.oldValue() != null).map(Written::id).toList();
        Map<Long, List<WarningOverride>> stored = updated.isEmpty() ? Map.of()
                : repositories.warningOverrides().find(table, updated);
        for (Written row : rows) {
            explain(table, row.id(), row.validation(), row.explanations(), stored.getOrDefault(row.id(), List.of()));
        }
    }

    private void explain(String table, long id, RecordValidation validation, Map<String, String> explanations,
                         List<WarningOverride> existingOverrides) {
        Map<String, String> wanted = new LinkedHashMap<>(validation.explanationsOf(explanations));
        var overrides = repositories.warningOverrides();
        for (WarningOverride existing : existingOverrides) {
            if (existing.explanation().equals(wanted.get(existing.warningKey()))) {
                wanted.remove(existing.warningKey());
            } else {
                overrides.delete(existing.id());
                log(OVERRIDE_TABLE, existing.id(), AuditAction.DELETE, existing, null);
            }
        }
        wanted.forEach((key, text) -> {
            WarningOverride stored = overrides.insert(new WarningOverride(0, table, id, key, text, user, null));
            log(OVERRIDE_TABLE, stored.id(), AuditAction.INSERT, null, stored);
        });
    }

    private RecordChange log(String table, long id, AuditAction action, Object oldValue, Object newValue) {
        long auditId = repositories.audit().write(user, table, String.valueOf(id), action, oldValue, newValue);
        return new RecordChange(auditId, table, id, action);
    }
}
