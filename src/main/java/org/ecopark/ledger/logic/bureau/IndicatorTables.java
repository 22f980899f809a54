package org.ecopark.ledger.logic.bureau;

import java.util.Optional;
import org.ecopark.ledger.logic.indicators.Computation;
import org.ecopark.ledger.model.Indicator;

/**
 * The table of a package's data.json an indicator's figure is computed from: the records a bureau shows behind a
 * park's figure. One place for the whole mapping, by the indicator's computation, so that a new computation cannot
 * compile without a decision here. An indicator entered by hand has no records behind it.
 */
public final class IndicatorTables {

    public static final String STATISTICS = "statistics";
    public static final String PATENTS = "patents";
    public static final String STAFF = "rdStaff";
    public static final String STANDARDS = "standards";
    public static final String ENTERPRISES = "enterprises";
    public static final String PLATFORMS = "platforms";
    public static final String EVENTS = "events";
    public static final String PROJECTS = "projects";
    public static final String MILESTONES = "milestones";

    private IndicatorTables() {
    }

    /** The table behind the computation; empty for values entered by hand. */
    public static Optional<String> table(Computation computation) {
        return Optional.ofNullable(switch (computation) {
            case PATENTS_GRANTED -> PATENTS;
            case RD_STAFF_FULLTIME -> STAFF;
            case STANDARDS_DRAFTED -> STANDARDS;
            case ENTERPRISES_SETTLED, ENTERPRISES_WITH_TITLE -> ENTERPRISES;
            case ENTERPRISES_METRIC_OVER, METRIC_YEAR_SUM, METRIC_LATEST_SUM, METRIC_RATIO -> STATISTICS;
            case PLATFORMS -> PLATFORMS;
            case EVENTS_PER_YEAR -> EVENTS;
            case PROJECTS_COMPLETED -> PROJECTS;
            case MILESTONE -> MILESTONES;
            case MANUAL -> null;
        });
    }

    /** The table behind the indicator; empty for one entered by hand or of a computation this release does not know. */
    public static Optional<String> table(Indicator indicator) {
        return Computation.find(indicator.computation()).flatMap(IndicatorTables::table);
    }

    /** The indicator's values are entered by hand: no records of the package are behind them. */
    public static boolean manual(Indicator indicator) {
        return Computation.MANUAL.name().equals(indicator.computation());
    }
}
