package org.ecopark.ledger.logic.indicators;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.ManualValue;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.persistence.AggregateCache;
import org.ecopark.ledger.persistence.Repositories;

/**
 * What evaluating the targets of one scope needs besides the records, read once for all of them: the parks
 * whose records count (a park; a cluster's parks; every park for the province), the plans' start dates,
 * the indicators, the manual values and the milestone completions. A handful of queries, whatever the
 * number of targets.
 */
final class EvaluationScope {

    /** Where a target without a known plan starts: the 311 plan's first day. */
    static final LocalDate DEFAULT_START = LocalDate.of(2023, 1, 1);

    final List<Long> parks;
    final IndicatorEngine engine;
    private final Map<String, LocalDate> planStarts = new HashMap<>();
    private final Map<String, Indicator> indicators = new HashMap<>();
    private final Map<Long, List<ManualValue>> manualValues = new HashMap<>();
    private final Map<Long, LocalDate> completedOn;

    EvaluationScope(Repositories repositories, AggregateCache cache, TargetScope scope, String scopeCode,
                    List<Target> targets, LocalDate asOf) {
        this.parks = parks(repositories, scope, scopeCode);
        for (Plan plan : repositories.plans().findAll()) {
            planStarts.put(plan.code(), plan.start());
        }
        for (Indicator indicator : repositories.indicators().findAll()) {
            indicators.put(indicator.code(), indicator);
        }
        Map<String, Metric> metrics = new HashMap<>();
        repositories.periodStats().metrics().forEach(metric -> metrics.put(metric.code(), metric));
        this.engine = new IndicatorEngine(repositories.indicatorQueries(cache), repositories.drillDowns(), metrics);
        List<Long> ids = targets.stream().map(Target::id).toList();
        if (ids.isEmpty()) {
            completedOn = Map.of();
            return;
        }
        for (ManualValue value : repositories.manualValues().find(ids, scopeCode)) {
            manualValues.computeIfAbsent(value.targetId(), k -> new java.util.ArrayList<>()).add(value);
        }
        completedOn = repositories.milestoneEvidence().completedOn(ids, scopeCode, asOf);
    }

    TargetMeasurement.Inputs inputs(Target target) {
        Indicator indicator = indicators.get(target.indicatorCode());
        return new TargetMeasurement.Inputs(indicator, parks, planStarts.getOrDefault(target.planCode(), DEFAULT_START),
                manualValues.getOrDefault(target.id(), List.of()), completedOn.get(target.id()));
    }

    /** The parks whose records count for a scope; a park code the ledger does not know is refused. */
    static List<Long> parks(Repositories repositories, TargetScope scope, String scopeCode) {
        return switch (scope) {
            case PARK -> List.of(repositories.parks().findByCode(scopeCode).map(Park::id)
                    .orElseThrow(() -> new IndicatorException(I18n.tr("indicators.error.unknownPark", scopeCode))));
            case CLUSTER -> repositories.parks().findAll().stream()
                    .filter(park -> scopeCode.equals(park.clusterCode())).map(Park::id).toList();
            case PROVINCE -> repositories.parks().findAll().stream().map(Park::id).toList();
        };
    }
}
