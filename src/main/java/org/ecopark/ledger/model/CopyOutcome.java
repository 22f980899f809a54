package org.ecopark.ledger.model;

import java.util.List;

/**
 * What a copy of a whole ledger found when it verified the target: the rows of every table on both sides, and the
 * target's derived data that differs from a recomputation from its records (none when the copy is sound).
 */
public record CopyOutcome(List<CopiedTable> tables, List<DerivedDifference> differences) {

    public CopyOutcome {
        tables = List.copyOf(tables);
        differences = List.copyOf(differences);
    }

    /** Whether every table arrived whole and the target's derived data agrees with its records. */
    public boolean verified() {
        return differences.isEmpty() && tables.stream().allMatch(CopiedTable::complete);
    }

    /** The rows copied, over all tables. */
    public long rows() {
        return tables.stream().mapToLong(CopiedTable::targetRows).sum();
    }
}
