package org.ecopark.ledger.logic.indicators;

import java.util.Optional;

/** The computations an indicator can name (its {@code computation} column), with the parameters each reads. */
public enum Computation {
    /** Granted patents not lapsed; no parameters. */
    PATENTS_GRANTED,
    /** Full-time R&D staff employed; no parameters. */
    RD_STAFF_FULLTIME,
    /** Distinct standards drafted: {@code levels}, {@code roles} (empty = any). */
    STANDARDS_DRAFTED,
    /** Enterprises in the park: optional {@code segments}, optional {@code envRelated}. */
    ENTERPRISES_SETTLED,
    /** Enterprises holding a {@code title}. */
    ENTERPRISES_WITH_TITLE,
    /** Enterprises whose yearly {@code metric} exceeds {@code threshold} in {@code thresholdUnit}. */
    ENTERPRISES_METRIC_OVER,
    /** A FLOW {@code metric} summed over the year. */
    METRIC_YEAR_SUM,
    /** A STOCK {@code metric}: each enterprise's latest figure, summed. */
    METRIC_LATEST_SUM,
    /** {@code numerator} sum / {@code denominator} sum, in percent. */
    METRIC_RATIO,
    /** Innovation platforms of {@code types} and {@code levels} (empty = any). */
    PLATFORMS,
    /** Events of {@code types} (empty = any), only international ones when {@code international} is true. */
    EVENTS_PER_YEAR,
    /** Completed projects of a {@code category}. */
    PROJECTS_COMPLETED,
    /** Done when evidence gives a completion date. */
    MILESTONE,
    /** Values entered by hand per period. */
    MANUAL;

    /** The computation an indicator names; empty for one this release does not know. */
    public static Optional<Computation> find(String code) {
        for (Computation computation : values()) {
            if (computation.name().equals(code)) {
                return Optional.of(computation);
            }
        }
        return Optional.empty();
    }
}
