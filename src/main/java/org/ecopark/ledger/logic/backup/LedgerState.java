package org.ecopark.ledger.logic.backup;

import java.util.Map;

/**
 * What a ledger holds, read while it is open, for the label of a copy made of its file once closed.
 *
 * @param schemaVersion null when unknown
 * @param counts        rows per record table, empty when unknown
 */
public record LedgerState(String schemaVersion, Map<String, Integer> counts) {

    /** A ledger that could not be opened to be read. */
    public static final LedgerState UNKNOWN = new LedgerState(null, Map.of());

    public LedgerState {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts)); // in the ledger's order
    }
}
