package org.ecopark.ledger.logic.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.DrillDownRow;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.ManualValue;
import org.ecopark.ledger.model.Milestone;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetDetail;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.model.Trajectory;
import org.ecopark.ledger.persistence.AggregateCache;
import org.ecopark.ledger.persistence.DrillDownQueries;
import org.ecopark.ledger.persistence.IndicatorQueries;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates targets at a date: all targets of a park (the dashboard, the {@code status} command), one
 * target with its trajectory and the records behind its value (the detail screen), the milestone list; and
 * what users enter for targets no record measures (manual values, milestone evidence). Every indicator is
 * computed by aggregate queries in the database, so a park's whole dashboard costs a few dozen small queries.
 */
public final class EvaluationService {

    /** How many records the detail lists by default; the screen shows the total when there are more. */
    public static final int DEFAULT_RECORD_LIMIT = 500;

    private static final Logger LOGGER = LoggerFactory.getLogger(EvaluationService.class);

    /**
     * How many aggregate results are kept between calls (a park's targets need a dozen or two); they stay
     * valid until the tables they read change, so moving the as-of date costs no query.
     */
    static final int CACHED_AGGREGATES = 256;

    private final UnitOfWork unitOfWork;
    private final TargetInputService inputs;
    private final Function<Repositories, IndicatorQueries> queries;

    /**
     * Make one per ledger and keep it: it remembers aggregates between calls.
     *
     * @param user who enters manual values and evidence, as the audit log records it
     */
    public EvaluationService(UnitOfWork unitOfWork, String user) {
        this(unitOfWork, user, cached(new AggregateCache(CACHED_AGGREGATES)));
    }

    private EvaluationService(UnitOfWork unitOfWork, String user, Function<Repositories, IndicatorQueries> queries) {
        this.unitOfWork = unitOfWork;
        this.inputs = new TargetInputService(unitOfWork, user);
        this.queries = queries;
    }

    private static Function<Repositories, IndicatorQueries> cached(AggregateCache cache) {
        return repositories -> repositories.indicatorQueries(cache);
    }

    /**
     * An evaluation that reads the records alone: no park sums, no remembered results. Slow on a large park; the
     * reference that the ledger check compares the program's figures with.
     */
    public static EvaluationService fromRecords(UnitOfWork unitOfWork, String user) {
        return new EvaluationService(unitOfWork, user, Repositories::indicatorQueriesFromRecords);
    }

    /**
     * Every visible target of the park, in catalog order, judged at {@code asOf}.
     *
     * @throws IndicatorException when the ledger has no park of that code
     */
    public List<Evaluation> evaluatePark(String parkCode, LocalDate asOf) {
        return evaluate(TargetScope.PARK, parkCode, asOf);
    }

    /** Every visible target of a scope (a park, a cluster, the province), judged at {@code asOf}. */
    public List<Evaluation> evaluate(TargetScope scope, String scopeCode, LocalDate asOf) {
        List<Evaluation> evaluations = new ArrayList<>();
        measureAll(scope, scopeCode, asOf, (target, result) -> evaluations.add(evaluation(target, result, asOf)));
        return evaluations;
    }

    /**
     * Every visible target of the park, in catalog order, judged at {@code asOf} with its trajectory by {@code step}
     * (as {@link #detail} draws it, without the records behind it, which are not read): what a package's report
     * draws, each target measured once for both.
     *
     * @throws IndicatorException when the ledger has no park of that code
     */
    public List<TargetDetail> evaluateParkWithTrajectories(String parkCode, LocalDate asOf, PeriodType step) {
        List<TargetDetail> details = new ArrayList<>();
        measureAll(TargetScope.PARK, parkCode, asOf, (target, result) -> {
            Evaluation evaluation = evaluation(target, result, asOf);
            details.add(new TargetDetail(evaluation, trajectory(target, result, evaluation, step), List.of(), 0));
        });
        return details;
    }

    private void measureAll(TargetScope scope, String scopeCode, LocalDate asOf,
                            java.util.function.BiConsumer<Target, TargetMeasurement.Result> each) {
        Repositories read = unitOfWork.read();
        List<Long> parks = EvaluationScope.parks(read, scope, scopeCode); // refuses an unknown park before anything else
        List<Target> targets = read.targets().find(TargetFilter.all().withScope(scope, scopeCode));
        EvaluationScope context = new EvaluationScope(read, queries.apply(read), parks, scopeCode, targets, asOf);
        for (Target target : targets) {
            each.accept(target, measure(target, context, asOf));
        }
    }

    /** One target judged at {@code asOf}. */
    public Evaluation evaluate(long targetId, LocalDate asOf) {
        Target target = target(targetId);
        Repositories read = unitOfWork.read();
        EvaluationScope context = new EvaluationScope(read, queries.apply(read), target.scope(), target.scopeCode(), List.of(target), asOf);
        return evaluation(target, measure(target, context, asOf), asOf);
    }

    /**
     * One target with what its detail screen shows: the evaluation, the trajectory by month or quarter,
     * and up to {@code recordLimit} records behind the value at the measurement date.
     */
    public TargetDetail detail(long targetId, LocalDate asOf, PeriodType step, int recordLimit) {
        Target target = target(targetId);
        Repositories read = unitOfWork.read();
        EvaluationScope context = new EvaluationScope(read, queries.apply(read), target.scope(), target.scopeCode(), List.of(target), asOf);
        TargetMeasurement.Result result = measure(target, context, asOf);
        Evaluation evaluation = evaluation(target, result, asOf);
        Trajectory trajectory = trajectory(target, result, evaluation, step);
        DrillDownQueries.Page page = records(target, context, result, recordLimit);
        return new TargetDetail(evaluation, trajectory, page.rows(), page.total());
    }

    /**
     * The milestone targets of a scope (a park: {@code TargetScope.PARK}, its code) with their status at
     * {@code asOf}, completion date and evidence, in catalog order.
     */
    public List<Milestone> milestones(TargetScope scope, String scopeCode, LocalDate asOf) {
        Repositories read = unitOfWork.read();
        EvaluationScope.parks(read, scope, scopeCode);
        Map<String, Indicator> indicators = new HashMap<>();
        read.indicators().findAll().forEach(indicator -> indicators.put(indicator.code(), indicator));
        List<Target> targets = read.targets().find(TargetFilter.all().withScope(scope, scopeCode)).stream()
                .filter(target -> TargetMeasurement.isMilestone(target, indicators.get(target.indicatorCode())))
                .toList();
        List<Long> ids = targets.stream().map(Target::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> completed = read.milestoneEvidence().completedOn(ids, scopeCode, asOf);
        Map<Long, List<MilestoneEvidence>> evidence = new HashMap<>();
        read.milestoneEvidence().find(ids, scopeCode)
                .forEach(e -> evidence.computeIfAbsent(e.targetId(), k -> new ArrayList<>()).add(e));
        List<Milestone> milestones = new ArrayList<>();
        for (Target target : targets) {
            LocalDate completedOn = completed.get(target.id());
            TargetMeasurement.Inputs in = new TargetMeasurement.Inputs(indicators.get(target.indicatorCode()),
                    List.of(), EvaluationScope.DEFAULT_START, List.of(), completedOn);
            TargetStatus status = TargetEvaluator.status(TargetMeasurement.measure(target, in, null, asOf).facts());
            boolean outstanding = completedOn == null && !asOf.isBefore(target.deadline());
            milestones.add(new Milestone(target, status, completedOn, evidence.getOrDefault(target.id(), List.of()),
                    outstanding));
        }
        return milestones;
    }

    /** The values entered for a MANUAL target, oldest period first. */
    public List<ManualValue> manualValues(long targetId) {
        return inputs.manualValues(targetId);
    }

    /**
     * Enters (or replaces) the value of a MANUAL target for a period, in the target's unit.
     *
     * @throws IndicatorException when the target is measured from records, or the period or value is missing
     */
    public ManualValue recordManualValue(long targetId, LocalDate periodStart, LocalDate periodEnd, BigDecimal value,
                                         String note) {
        return inputs.recordManualValue(targetId, periodStart, periodEnd, value, note);
    }

    public void deleteManualValue(long manualValueId) {
        inputs.deleteManualValue(manualValueId);
    }

    /** The evidence recorded for a milestone target, newest first (without the files' bytes). */
    public List<MilestoneEvidence> milestoneEvidence(long targetId) {
        return inputs.evidence(targetId);
    }

    /**
     * Records evidence for a milestone target: a completion date (null while still in progress), a note,
     * and a file kept in the database (null for none; at most 16 MiB).
     *
     * @throws IndicatorException when the target is no milestone, nothing is given, or the file is too large
     */
    public MilestoneEvidence recordMilestoneEvidence(long targetId, LocalDate completedOn, String note,
                                                     String fileName, String contentType, byte[] content) {
        return inputs.recordEvidence(targetId, completedOn, note, fileName, contentType, content);
    }

    /** The bytes of an evidence file; empty when the evidence has none. */
    public byte[] evidenceFile(long evidenceId) {
        return inputs.evidenceFile(evidenceId);
    }

    public void deleteMilestoneEvidence(long evidenceId) {
        inputs.deleteEvidence(evidenceId);
    }

    private DrillDownQueries.Page records(Target target, EvaluationScope context, TargetMeasurement.Result result,
                                          int limit) {
        TargetMeasurement.Inputs measured = context.inputs(target);
        if (TargetMeasurement.isMilestone(target, measured.indicator())) {
            List<DrillDownRow> rows = inputs.evidenceRows(target);
            return new DrillDownQueries.Page(rows, rows.size());
        }
        if (!IndicatorEngine.derivable(measured.indicator())) {
            List<DrillDownRow> rows = TargetInputService.manualRows(context.inputs(target).manualValues());
            return new DrillDownQueries.Page(rows.subList(0, Math.min(limit, rows.size())), rows.size());
        }
        return context.engine.drillDown(measured.indicator(), context.parks,
                result.sampling().at(result.measuredOn()), limit);
    }

    private static TargetMeasurement.Result measure(Target target, EvaluationScope context, LocalDate asOf) {
        try {
            return TargetMeasurement.measure(target, context.inputs(target), context.engine, asOf);
        } catch (IllegalArgumentException e) {
            // a user's indicator with a computation or parameter this release cannot read: shown as no data
            LOGGER.warn("Target {} cannot be measured", target.code(), e);
            LocalDate measuredOn = asOf.isBefore(target.deadline()) ? asOf : target.deadline();
            TargetEvaluator.Facts facts = new TargetEvaluator.Facts(target.comparator(), target.value(), null, null,
                    null, null, false, !asOf.isBefore(target.deadline()), false);
            return new TargetMeasurement.Result(null, false, false, null, null, facts, List.of(), List.of(), null,
                    measuredOn, org.ecopark.ledger.model.Sampling.level(List.of(measuredOn)));
        }
    }

    private static Trajectory trajectory(Target target, TargetMeasurement.Result result, Evaluation evaluation,
                                         PeriodType step) {
        List<SeriesPoint> actual = result.series().stream()
                .filter(point -> SeriesCalendar.endsPeriod(point.date(), step) || point.date().equals(result.measuredOn()))
                .toList();
        List<SeriesPoint> forecast = evaluation.forecast() == null || result.series().isEmpty() ? List.of()
                : List.of(result.series().get(result.series().size() - 1),
                        new SeriesPoint(target.deadline(), evaluation.forecast()));
        return new Trajectory(step, actual, result.paceLine(), forecast, target.value(), target.deadline(),
                result.baseline());
    }

    private static Evaluation evaluation(Target target, TargetMeasurement.Result result, LocalDate asOf) {
        TargetStatus status = TargetEvaluator.status(result.facts());
        BigDecimal gap = result.actual() == null ? null : TargetEvaluator.round(target.value().subtract(result.actual()));
        return new Evaluation(target, asOf, result.measuredOn(), result.actual(), result.manual(), result.met(), gap,
                result.pace(), result.forecast(), status, result.series());
    }

    private Target target(long id) {
        return unitOfWork.read().targets().findById(id)
                .orElseThrow(() -> new IndicatorException(I18n.tr("indicators.error.targetNotFound", String.valueOf(id))));
    }
}
