package org.ecopark.ledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A milestone target of a scope as the milestone list shows it.
 *
 * @param completedOn the earliest completion date the evidence gives up to the as-of date; null when not completed
 * @param evidence    every piece of evidence recorded, newest first
 * @param overdue     the deadline has come and the milestone is still not completed: the list makes it
 *                    stand out (one completed late is judged OVERDUE by its status but no longer outstanding)
 */
public record Milestone(Target target, TargetStatus status, LocalDate completedOn, List<MilestoneEvidence> evidence,
                        boolean overdue) {

    public Milestone {
        evidence = List.copyOf(evidence);
    }

    /** Completed, but only after the deadline. */
    public boolean completedLate() {
        return completedOn != null && completedOn.isAfter(target.deadline());
    }
}
