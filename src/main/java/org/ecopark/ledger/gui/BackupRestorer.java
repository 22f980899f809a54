package org.ecopark.ledger.gui;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The window's way to offer a backup when a ledger cannot be opened (damaged, its share gone, its password lost):
 * the hook the backup feature ({@code logic/backup}) fills with its restore dialog. Until one is given the window
 * offers no restore ({@link #NONE}).
 */
public interface BackupRestorer {

    /** No backups to offer. */
    BackupRestorer NONE = new BackupRestorer() {
        @Override
        public boolean canRestore(Path ledger) {
            return false;
        }

        @Override
        public void restore(Path ledger, Consumer<Path> open) {
            // nothing to restore from
        }
    };

    /** Whether there are backups of {@code ledger} (without H2's ending) to offer. */
    boolean canRestore(Path ledger);

    /**
     * Lets the user choose a backup of {@code ledger} and restores it; called on the FX thread, the restore itself may
     * run as a task. Calls {@code open} on the FX thread with the ledger to open once restored; not at all when the
     * user gives up.
     */
    void restore(Path ledger, Consumer<Path> open);
}
