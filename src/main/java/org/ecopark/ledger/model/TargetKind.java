package org.ecopark.ledger.model;

/**
 * How a target is measured, which decides how its indicator is computed and charted (see DESIGN.md):
 * a level at a date, a count since a baseline, a sum per year, a ratio of sums, at least N per year, or
 * something built or completed by a date.
 */
public enum TargetKind {
    STOCK,
    CUMULATIVE,
    FLOW,
    RATIO,
    RECURRING,
    MILESTONE
}
