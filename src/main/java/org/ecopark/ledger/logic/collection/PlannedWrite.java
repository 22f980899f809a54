package org.ecopark.ledger.logic.collection;

import java.util.Map;
import org.ecopark.ledger.logic.records.RecordValidation;

/**
 * A row an import will write when committed: the record as it will be stored, the one it replaces (id and
 * value, or 0 and null), and its warnings (warning id in the file -> the validation's key of the warning)
 * whose explanations are stored with it.
 *
 * @param draft a {@code PeriodStat}, {@code Patent}, {@code Enterprise}, {@code StaffRow} or {@code StandardRow}
 */
record PlannedWrite(String table, Object draft, ChangeKind kind, long existingId, Object old,
                    RecordValidation validation, Map<String, String> warningKeys) {

    PlannedWrite {
        warningKeys = Map.copyOf(warningKeys);
    }
}
