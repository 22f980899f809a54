package org.ecopark.ledger.logic.indicators;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.ManualValue;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.IndicatorQueries;
import org.ecopark.ledger.persistence.Repositories;

/**
 * What evaluating the targets of one scope needs besides the records, read once for all of them: the parks
 * whose records count (a park; a cluster's parks; every park for the province), the plans' start dates,
 * the indicators, the manual values and the milestone completions. A handful of queries, whatever the
 * number of targets; the catalog's (plans, indicators, metrics) are remembered until it changes.
 */
final class EvaluationScope {

    /** Where a target without a known plan starts: the 311 plan's first day. */
    static final LocalDate DEFAULT_START = LocalDate.of(2023, 1, 1);

    final List<Long> parks;
    final IndicatorEngine engine;
    private final Map<String, LocalDate> planStarts;
    private final Map<String, Indicator> indicators;
    private final Map<Long, List<ManualValue>> manualValues = new HashMap<>();
    private final Map<Long, LocalDate> completedOn;

    EvaluationScope(Repositories repositories, IndicatorQueries queries, TargetScope scope, String scopeCode,
                    List<Target> targets, LocalDate asOf) {
        this(repositories, queries, parks(repositories, scope, scopeCode), scopeCode, targets, asOf);
    }

    /**
     * @param queries the indicators' queries over the repositories, one instance for this evaluation
     * @param parks   the scope's parks, as {@link #parks} gives them
     */
    EvaluationScope(Repositories repositories, IndicatorQueries queries, List<Long> parks, String scopeCode,
                    List<Target> targets, LocalDate asOf) {
        this.parks = parks;
        // the catalog rarely changes: remembered until its tables do
        planStarts = queries.catalog("plan starts", () -> {
            Map<String, LocalDate> starts = new HashMap<>();
            repositories.plans().findAll().forEach(plan -> starts.put(plan.code(), plan.start()));
            return Collections.unmodifiableMap(starts);
        });
        indicators = queries.catalog("indicators", () -> {
            Map<String, Indicator> byCode = new HashMap<>();
            repositories.indicators().findAll().forEach(indicator -> byCode.put(indicator.code(), indicator));
            return Collections.unmodifiableMap(byCode);
        });
        this.engine = new IndicatorEngine(queries, repositories.drillDowns(), queries.metricsByCode());
        // manual values and milestone completions are read only for the targets that take them
        List<Long> manual = targets.stream().filter(target -> isManual(indicators.get(target.indicatorCode())))
                .map(Target::id).toList();
        List<Long> milestones = targets.stream()
                .filter(target -> TargetMeasurement.isMilestone(target, indicators.get(target.indicatorCode())))
                .map(Target::id).toList();
        if (!manual.isEmpty()) {
            for (ManualValue value : repositories.manualValues().find(manual, scopeCode)) {
                manualValues.computeIfAbsent(value.targetId(), k -> new java.util.ArrayList<>()).add(value);
            }
        }
        completedOn = milestones.isEmpty() ? Map.of()
                : repositories.milestoneEvidence().completedOn(milestones, scopeCode, asOf);
    }

    private static boolean isManual(Indicator indicator) {
        return indicator != null && Computation.MANUAL.name().equals(indicator.computation());
    }

    TargetMeasurement.Inputs inputs(Target target) {
        Indicator indicator = indicators.get(target.indicatorCode());
        return new TargetMeasurement.Inputs(indicator, parks, planStarts.getOrDefault(target.planCode(), DEFAULT_START),
                manualValues.getOrDefault(target.id(), List.of()), completedOn.get(target.id()));
    }

    /** The parks whose records count for a scope; a park code the ledger does not know is refused. */
    static List<Long> parks(Repositories repositories, TargetScope scope, String scopeCode) {
        return switch (scope) {
            case PARK -> List.of(complete(repositories, repositories.parks().findByCode(scopeCode).map(Park::id)
                    .orElseThrow(() -> new IndicatorException(I18n.tr("indicators.error.unknownPark", scopeCode))), scopeCode));
            case CLUSTER -> repositories.parks().findAll().stream()
                    .filter(park -> scopeCode.equals(park.clusterCode())).map(Park::id)
                    .filter(park -> !repositories.parks().isLoading(park)).toList();
            case PROVINCE -> repositories.parks().findAll().stream().map(Park::id)
                    .filter(park -> !repositories.parks().isLoading(park)).toList();
        };
    }

    /** A park whose loading never finished holds part of its records: its figures would mislead. */
    private static long complete(Repositories repositories, long park, String code) {
        if (repositories.parks().isLoading(park)) {
            throw new IndicatorException(I18n.tr("indicators.error.parkLoading", code));
        }
        return park;
    }
}
