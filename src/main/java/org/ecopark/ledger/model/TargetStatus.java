package org.ecopark.ledger.model;

/**
 * Where a target stands at a date. The rules that pick one are in {@code logic.indicators.TargetEvaluator}
 * and in the README ("How a target's status is decided").
 */
public enum TargetStatus {
    /** The comparator is met (by the deadline, once it has passed). */
    ACHIEVED,
    /** Not met yet, but at or above the required pace, or the forecast meets the target. */
    ON_TRACK,
    /** Below the required pace, but the forecast comes within reach of the target. */
    BEHIND,
    /** Well below pace, or the forecast falls clearly short. */
    AT_RISK,
    /** The deadline has come and the target was not met. */
    OVERDUE,
    /** No record or entered value at all to judge by. */
    NO_DATA
}
