package org.ecopark.ledger.logic.indicators;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.DrillDownQueries;
import org.ecopark.ledger.persistence.IndicatorQueries;

/**
 * Computes an indicator from the records of some parks: its value at every point of a sampling, in the
 * indicator's own unit, and the records behind the value at one date. Dispatches on the indicator's
 * computation and parameters; the work itself is one aggregate query in {@link IndicatorQueries}.
 * MILESTONE and MANUAL indicators are not computed from records; {@link TargetMeasurement} handles them.
 */
public final class IndicatorEngine {

    private final IndicatorQueries queries;
    private final DrillDownQueries drillDowns;
    private final Map<String, Metric> metrics;

    public IndicatorEngine(IndicatorQueries queries, DrillDownQueries drillDowns, Map<String, Metric> metrics) {
        this.queries = queries;
        this.drillDowns = drillDowns;
        this.metrics = metrics;
    }

    /** Whether the indicator is computed from records (not entered by hand, not a milestone). */
    public static boolean derivable(Indicator indicator) {
        return Computation.find(indicator.computation())
                .filter(c -> c != Computation.MANUAL && c != Computation.MILESTONE).isPresent();
    }

    /**
     * The indicator at each point (null = no data), in the indicator's unit.
     *
     * @throws IllegalArgumentException for a computation this release does not know, or missing parameters
     */
    public List<BigDecimal> values(Indicator indicator, Collection<Long> parks, Sampling sampling) {
        if (parks.isEmpty()) {
            return nulls(sampling);
        }
        IndicatorParams p = IndicatorParams.parse(indicator.params());
        return switch (computation(indicator)) {
            case PATENTS_GRANTED -> queries.patentsGranted(parks, sampling);
            case RD_STAFF_FULLTIME -> queries.rdStaffFullTime(parks, sampling);
            case STANDARDS_DRAFTED -> queries.standardsDrafted(parks, p.strings("levels"), p.strings("roles"), sampling);
            case ENTERPRISES_SETTLED -> queries.enterprisesSettled(parks, p.strings("segments"), p.bool("envRelated"),
                    sampling);
            case ENTERPRISES_WITH_TITLE -> queries.enterprisesWithTitle(parks, p.required("title"), sampling);
            case ENTERPRISES_METRIC_OVER -> queries.enterprisesMetricOver(parks, p.required("metric"), threshold(p),
                    sampling);
            case METRIC_YEAR_SUM -> queries.metricSum(parks, p.required("metric"), sampling);
            case METRIC_LATEST_SUM -> queries.metricLatestSum(parks, p.required("metric"), sampling);
            case METRIC_RATIO -> queries.metricRatio(parks, p.required("numerator"), p.required("denominator"), sampling);
            case PLATFORMS -> queries.platforms(parks, p.strings("types"), p.strings("levels"), sampling);
            case EVENTS_PER_YEAR -> queries.events(parks, p.strings("types"), Boolean.TRUE.equals(p.bool("international")),
                    sampling);
            case PROJECTS_COMPLETED -> queries.projectsCompleted(parks, p.string("category"), sampling);
            case MILESTONE, MANUAL -> throw new IllegalArgumentException(
                    "Indicator " + indicator.code() + " is not computed from records");
        };
    }

    /** The records behind the value at the sampling's last point, at most {@code limit} of them. */
    public DrillDownQueries.Page drillDown(Indicator indicator, Collection<Long> parks, Sampling at, int limit) {
        if (parks.isEmpty()) {
            return new DrillDownQueries.Page(List.of(), 0);
        }
        IndicatorParams p = IndicatorParams.parse(indicator.params());
        return switch (computation(indicator)) {
            case PATENTS_GRANTED -> drillDowns.patents(parks, at, limit);
            case RD_STAFF_FULLTIME -> drillDowns.staff(parks, at, limit);
            case STANDARDS_DRAFTED -> drillDowns.standards(parks, p.strings("levels"), p.strings("roles"), at, limit);
            case ENTERPRISES_SETTLED -> drillDowns.enterprises(parks, p.strings("segments"), p.bool("envRelated"), at,
                    limit);
            case ENTERPRISES_WITH_TITLE -> drillDowns.titles(parks, p.required("title"), at, limit);
            case ENTERPRISES_METRIC_OVER -> drillDowns.metricShares(parks, List.of(p.required("metric")), threshold(p),
                    at, limit);
            case METRIC_YEAR_SUM -> drillDowns.metricShares(parks, List.of(p.required("metric")), null, at, limit);
            case METRIC_LATEST_SUM -> drillDowns.latestFigures(parks, p.required("metric"), at, limit);
            case METRIC_RATIO -> drillDowns.metricShares(parks, List.of(p.required("numerator"),
                    p.required("denominator")), null, at, limit);
            case PLATFORMS -> drillDowns.platforms(parks, p.strings("types"), p.strings("levels"), at, limit);
            case EVENTS_PER_YEAR -> drillDowns.events(parks, p.strings("types"),
                    Boolean.TRUE.equals(p.bool("international")), at, limit);
            case PROJECTS_COMPLETED -> drillDowns.projects(parks, p.string("category"), at, limit);
            case MILESTONE, MANUAL -> new DrillDownQueries.Page(List.of(), 0);
        };
    }

    /** The unit the indicator's values are in; empty when it follows the target (manual values). */
    public static Optional<Unit> unit(Indicator indicator) {
        return indicator.unitFollowsTarget() ? Optional.empty() : Unit.find(indicator.unit());
    }

    private static Computation computation(Indicator indicator) {
        return Computation.find(indicator.computation()).orElseThrow(() -> new IllegalArgumentException(
                "Indicator " + indicator.code() + " has an unknown computation " + indicator.computation()));
    }

    /** The threshold in the metric's own unit (the catalog may write 1 亿元 for a metric kept in 万元). */
    private BigDecimal threshold(IndicatorParams p) {
        BigDecimal threshold = p.decimal("threshold");
        if (threshold == null) {
            throw new IllegalArgumentException("Indicator parameter 'threshold' is missing");
        }
        String given = p.string("thresholdUnit");
        Metric metric = metrics.get(p.required("metric"));
        if (given == null || metric == null) {
            return threshold;
        }
        Optional<Unit> from = Unit.find(given);
        Optional<Unit> to = Unit.find(metric.unit());
        return from.isPresent() && to.isPresent() && from.get().convertsTo(to.get())
                ? from.get().convert(threshold, to.get()) : threshold;
    }

    private static List<BigDecimal> nulls(Sampling sampling) {
        List<BigDecimal> values = new ArrayList<>();
        sampling.points().forEach(point -> values.add(null));
        return values;
    }
}
