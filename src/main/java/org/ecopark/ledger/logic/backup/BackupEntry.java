package org.ecopark.ledger.logic.backup;

import java.nio.file.Path;

/** One backup a ledger can be restored from: its file, the file's size in bytes, and what it holds. */
public record BackupEntry(Path file, long size, BackupLabel label) {

    public BackupReason reason() {
        return label.reason();
    }
}
