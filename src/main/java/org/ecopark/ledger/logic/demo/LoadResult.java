package org.ecopark.ledger.logic.demo;

import java.util.List;
import java.util.Map;

/**
 * What a load wrote: rows per table (lower-case table names, in load order), the park it went into,
 * the warnings that did not block it (each naming its file and line) and what it replaced (empty unless
 * the ledger held records and the user asked to replace them).
 */
public record LoadResult(String parkCode, Map<String, Integer> counts, List<String> warnings,
                         Map<String, Integer> replaced) {

    public LoadResult {
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        warnings = List.copyOf(warnings);
        replaced = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(replaced));
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
