package org.ecopark.ledger.logic.backup;

/**
 * Asked by a use case just before it replaces or deletes records (the demo's replace, a re-import, the generator's
 * restart of a park, a newer plan catalog): a backup of the ledger as it is, so that the change can be undone by a
 * restore. When the backup cannot be made it throws {@link BackupException}, and the change must not go ahead.
 */
@FunctionalInterface
public interface BeforeChange {

    /** For a ledger with nothing on disk to protect (in memory). */
    BeforeChange NONE = reason -> { };

    void before(BackupReason reason);
}
