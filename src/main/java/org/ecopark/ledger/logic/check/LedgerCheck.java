package org.ecopark.ledger.logic.check;

import java.util.List;
import org.ecopark.ledger.model.DerivedDifference;

/**
 * What a ledger check found: derived data that differs from its recomputation, targets whose shown figures differ
 * from the records' own, and parks whose loading never finished.
 *
 * @param parksChecked   parks whose derived data was compared
 * @param targetsChecked target evaluations compared (a target at each date counts once)
 */
public record LedgerCheck(List<DerivedDifference> derived, List<EvaluationDifference> evaluations,
                          List<String> unfinishedParks, int parksChecked, int targetsChecked) {

    public LedgerCheck {
        derived = List.copyOf(derived);
        evaluations = List.copyOf(evaluations);
        unfinishedParks = List.copyOf(unfinishedParks);
    }

    /** Whether everything agrees and every park is complete. */
    public boolean clean() {
        return derived.isEmpty() && evaluations.isEmpty() && unfinishedParks.isEmpty();
    }

    /** Whether a recomputation of the derived data can mend what was found (an unfinished load it cannot). */
    public boolean repairable() {
        return !derived.isEmpty() || !evaluations.isEmpty();
    }
}
