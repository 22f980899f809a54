package org.ecopark.ledger.logic.backup;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a ledger's backups go and how many stay; kept in the ledger itself, so each ledger has its own.
 *
 * @param folder the folder chosen in 设置, or null for the default: {@code backups} beside the ledger
 */
public record BackupSettings(Path folder, BackupPolicy policy) {

    public static final BackupSettings DEFAULT = new BackupSettings(null, BackupPolicy.DEFAULT);

    public Optional<Path> chosenFolder() {
        return Optional.ofNullable(folder);
    }
}
