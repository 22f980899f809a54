package org.ecopark.ledger.logic.catalog;

import java.util.List;

/**
 * What importing a plan file would do to the ledger, entry by entry: what is new, what changes (field by field, old
 * and new value), and what the file names but the ledger keeps because a user of this ledger created it. Entries the
 * file leaves as they are only count; targets of the plan the file no longer lists stay in the ledger and are named.
 */
public record PlanChanges(List<Change> changes, int unchanged, List<String> notInFile) {

    public PlanChanges {
        changes = List.copyOf(changes);
        notInFile = List.copyOf(notInFile);
    }

    /** The part of a catalog an entry belongs to. */
    public enum Section { PLAN, CLUSTER, PARK, INDICATOR, TARGET }

    /** What the import does to one entry. */
    public enum Kind {
        NEW,
        CHANGED,
        /** A user of this ledger created an entry of that code: it stays as it is, the file's is not loaded. */
        KEPT
    }

    /** One entry the import touches (or keeps). */
    public record Change(Section section, String code, String name, Kind kind, List<FieldChange> fields) {

        public Change {
            fields = List.copyOf(fields);
        }
    }

    /** One field that changes: its name (a key under {@code plans.field.}) and both values as shown. */
    public record FieldChange(String field, String before, String after) {
    }

    /** Whether the import would write anything. */
    public boolean writesSomething() {
        return changes.stream().anyMatch(change -> change.kind() != Kind.KEPT);
    }

    public long count(Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).count();
    }
}
