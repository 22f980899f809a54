package org.ecopark.ledger.logic.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A backup unpacked beside the ledger under a side name, opened (and so migrated to this version's schema) and
 * checked, waiting to take the ledger's place.
 *
 * @param backup        the backup it came from
 * @param sideBase      where it lies, without H2's ending
 * @param schemaVersion its schema version now, after any migration
 * @param counts        rows per record table
 * @param checkLines    what the ledger check said of it, in the user's words
 * @param repaired      its derived data differed from its records and was recomputed
 */
public record PreparedRestore(BackupEntry backup, Path sideBase, String schemaVersion, Map<String, Integer> counts,
                              List<String> checkLines, boolean repaired) {

    public PreparedRestore {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        checkLines = List.copyOf(checkLines);
    }
}
