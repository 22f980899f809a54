package org.ecopark.ledger.logic.backup;

/**
 * A restore that took place.
 *
 * @param restored what the ledger now holds
 * @param kept     the backup of the ledger as it was before, or null when there was no ledger file
 */
public record RestoreResult(PreparedRestore restored, BackupEntry kept) {
}
