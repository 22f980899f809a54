package org.ecopark.ledger.logic.backup;

/**
 * How many backups the folder keeps (see {@link BackupRotation}): every backup of the last {@code daily} days that
 * have backups, and the newest backup of each of the last {@code weekly} weeks and {@code monthly} months that have
 * backups.
 */
public record BackupPolicy(int daily, int weekly, int monthly) {

    public static final BackupPolicy DEFAULT = new BackupPolicy(7, 4, 12);
    /** At least one day is kept: the backup just made must survive its own rotation. */
    public static final int MIN_DAILY = 1;
    public static final int MAX_COUNT = 999;

    public BackupPolicy {
        if (daily < MIN_DAILY || daily > MAX_COUNT || weekly < 0 || weekly > MAX_COUNT || monthly < 0
                || monthly > MAX_COUNT) {
            throw new IllegalArgumentException("Backup counts out of range: " + daily + "/" + weekly + "/" + monthly);
        }
    }
}
