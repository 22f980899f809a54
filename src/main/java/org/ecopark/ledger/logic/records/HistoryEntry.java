package org.ecopark.ledger.logic.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.persistence.AuditJson;

/**
 * An audit entry as a form's history shows it: who, when, what, and only the fields that changed
 * (all fields for an insert or a delete).
 */
public record HistoryEntry(long auditId, Instant changedAt, String changedBy, String recordKey, AuditAction action,
                           List<FieldChange> changes) {

    /** Fields that identify the row rather than describe it; a history does not list them. */
    private static final Set<String> HIDDEN = Set.of("id");

    public HistoryEntry {
        changes = List.copyOf(changes);
    }

    /**
     * The parts of a record logged as a list (an enterprise's titles, a project's progress), from the text a
     * {@link FieldChange} holds; empty for none.
     */
    public static <T> List<T> parts(String logged, Class<T[]> type) {
        return logged == null ? List.of() : List.of(AuditJson.decode(logged, type));
    }

    /** A part of a record logged as an object (a statistic's period); null for none. */
    public static <T> T part(String logged, Class<T> type) {
        return logged == null ? null : AuditJson.decode(logged, type);
    }

    public static HistoryEntry of(AuditEntry entry) {
        Map<String, String> before = AuditJson.fields(entry.oldValues());
        Map<String, String> after = AuditJson.fields(entry.newValues());
        Set<String> names = new LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String name : names) {
            String oldValue = before.get(name);
            String newValue = after.get(name);
            if (!HIDDEN.contains(name) && !Objects.equals(oldValue, newValue)) {
                changes.add(new FieldChange(name, oldValue, newValue));
            }
        }
        return new HistoryEntry(entry.id(), entry.changedAt(), entry.changedBy(), entry.recordKey(), entry.action(),
                changes);
    }
}
