package org.ecopark.ledger.logic.records;

import java.util.List;
import java.util.Map;
import org.ecopark.ledger.model.StatPeriod;

/**
 * An enterprise's statistics for one period as the grid shows them: every metric of the catalog with
 * this period's and last year's value, and the explanations stored for overridden warnings.
 */
public record StatSheet(long enterpriseId, StatPeriod period, List<StatLine> lines, Map<String, String> explanations) {

    public StatSheet {
        lines = List.copyOf(lines);
        explanations = Map.copyOf(explanations);
    }
}
