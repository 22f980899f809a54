package org.ecopark.ledger.logic.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.ecopark.ledger.model.Indicator;
import org.ecopark.ledger.model.ManualValue;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.Unit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures one target: which records count and how (by its kind), the monthly series, the value at the
 * measurement date, the pace, the forecast, and from them the status ({@link TargetEvaluator}).
 *
 * <p>How each kind reads its indicator:
 * <ul>
 *   <li>STOCK: the level at each date (LEVEL); the pace runs from the baseline, or else from the level at
 *       the start, to the target at the deadline;</li>
 *   <li>CUMULATIVE: what started since the baseline date and still holds; with a baseline value, that value
 *       is what had been achieved by the baseline date (e.g. patents granted before the ledger was kept), and
 *       the records count from the next day on top of it; the pace runs from it (or 0) to the target;</li>
 *   <li>FLOW and RATIO: the calendar year so far; the pace is the share of the yearly target of the complete
 *       months (RATIO, a level of a ratio, uses the linear pace of STOCK);</li>
 *   <li>RECURRING: the count of each calendar year; met only when every year of the plan met it;</li>
 *   <li>MILESTONE: done when evidence gives a completion date by the measurement date.</li>
 * </ul>
 */
final class TargetMeasurement {

    private static final Logger LOGGER = LoggerFactory.getLogger(TargetMeasurement.class);

    /** What the measurement needs besides the target: its indicator and the data that is not records. */
    record Inputs(Indicator indicator, Collection<Long> parks, LocalDate planStart, List<ManualValue> manualValues,
                  LocalDate completedOn) {
    }

    /** The measurement: the evaluation's numbers, the chart's lines, and the sampling the value was taken with. */
    record Result(BigDecimal actual, boolean manual, boolean met, BigDecimal pace, BigDecimal forecast,
                  TargetEvaluator.Facts facts, List<SeriesPoint> series, List<SeriesPoint> paceLine,
                  SeriesPoint baseline, LocalDate measuredOn, Sampling sampling) {
    }

    private TargetMeasurement() {
    }

    static Result measure(Target target, Inputs in, IndicatorEngine engine, LocalDate asOf) {
        LocalDate deadline = target.deadline();
        LocalDate measuredOn = asOf.isBefore(deadline) ? asOf : deadline;
        boolean deadlineReached = !asOf.isBefore(deadline);
        if (isMilestone(target, in.indicator())) {
            return milestone(target, in, measuredOn, deadlineReached);
        }
        TargetKind kind = target.kind();
        LocalDate start = target.baselineDate() != null ? target.baselineDate() : in.planStart();
        boolean level = kind == TargetKind.STOCK || kind == TargetKind.CUMULATIVE;
        Sampling sampling = sampling(target, start,
                SeriesCalendar.points(start, measuredOn, PeriodType.MONTH, level));
        boolean manual = Computation.MANUAL.name().equals(in.indicator().computation());
        List<BigDecimal> values = manual ? ManualSeries.sample(in.manualValues(), sampling)
                : derived(target, in, engine, sampling);

        List<SeriesPoint> series = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                series.add(new SeriesPoint(sampling.points().get(i), values.get(i)));
            }
        }
        BigDecimal last = values.get(values.size() - 1);
        BigDecimal actual = last;
        boolean met;
        boolean missedYear = false;
        if (kind == TargetKind.RECURRING) {
            TreeMap<Integer, BigDecimal> years = completeYears(series, measuredOn);
            actual = years.isEmpty() ? last : years.values().stream().min(BigDecimal::compareTo).orElseThrow();
            missedYear = years.values().stream().anyMatch(v -> !target.comparator().isMet(v, target.value()));
            boolean everyYear = true;
            for (int year = start.getYear(); year <= deadline.getYear(); year++) {
                everyYear &= years.containsKey(year) && target.comparator().isMet(years.get(year), target.value());
            }
            met = deadlineReached && everyYear;
        } else {
            met = target.comparator().isMet(actual, target.value());
        }
        boolean yearly = kind == TargetKind.FLOW || kind == TargetKind.RECURRING;
        BigDecimal startValue = startValue(target, series);
        BigDecimal pace = yearly ? TargetEvaluator.yearSharePace(target.value(), measuredOn)
                : startValue == null ? null
                : TargetEvaluator.linearPace(start, startValue, deadline, target.value(), measuredOn);
        BigDecimal forecast = deadlineReached ? null : forecast(target, in, series, measuredOn, manual);
        TargetEvaluator.Facts facts = new TargetEvaluator.Facts(target.comparator(), target.value(), actual,
                yearly ? last : actual, pace, forecast, met, deadlineReached, missedYear);
        List<SeriesPoint> paceLine = yearly ? yearlyPaceLine(target, start)
                : startValue == null ? List.of()
                : List.of(new SeriesPoint(start, startValue), new SeriesPoint(deadline, target.value()));
        SeriesPoint baseline = startValue == null ? null : new SeriesPoint(start, startValue);
        return new Result(actual, manual, met, pace, forecast, facts, series, paceLine, baseline, measuredOn, sampling);
    }

    static boolean isMilestone(Target target, Indicator indicator) {
        return target.kind() == TargetKind.MILESTONE || Computation.MILESTONE.name().equals(indicator.computation());
    }

    private static Result milestone(Target target, Inputs in, LocalDate measuredOn, boolean deadlineReached) {
        boolean done = in.completedOn() != null && !in.completedOn().isAfter(measuredOn);
        BigDecimal actual = done ? target.value() : BigDecimal.ZERO;
        TargetEvaluator.Facts facts = new TargetEvaluator.Facts(target.comparator(), target.value(), actual, actual,
                null, null, done, deadlineReached, false);
        List<SeriesPoint> series = done ? List.of(new SeriesPoint(in.completedOn(), actual)) : List.of();
        return new Result(actual, false, done, null, null, facts, series, List.of(), null, measuredOn,
                Sampling.level(List.of(measuredOn)));
    }

    private static Sampling sampling(Target target, LocalDate start, List<LocalDate> points) {
        return switch (target.kind()) {
            case STOCK, MILESTONE -> Sampling.level(points);
            case CUMULATIVE -> Sampling.since(target.hasBaseline() ? target.baselineDate().plusDays(1) : start, points);
            case FLOW, RATIO, RECURRING -> Sampling.yearToDate(points);
        };
    }

    /** The indicator from records, in the target's unit; a CUMULATIVE baseline value is added on top. */
    private static List<BigDecimal> derived(Target target, Inputs in, IndicatorEngine engine, Sampling sampling) {
        List<BigDecimal> raw = engine.values(in.indicator(), in.parks(), sampling);
        Optional<Unit> unit = IndicatorEngine.unit(in.indicator());
        boolean converts = unit.isPresent() && unit.get().convertsTo(target.unit());
        if (unit.isPresent() && !converts) {
            LOGGER.warn("Target {}: indicator {} is in {}, which does not convert to {}; values are taken as they are",
                    target.code(), in.indicator().code(), unit.get().symbol(), target.unit().symbol());
        }
        BigDecimal offset = target.kind() == TargetKind.CUMULATIVE && target.hasBaseline()
                ? target.baselineValue() : BigDecimal.ZERO;
        List<BigDecimal> values = new ArrayList<>(raw.size());
        for (BigDecimal value : raw) {
            if (value == null) {
                values.add(null);
            } else {
                BigDecimal converted = converts ? unit.get().convert(value, target.unit()) : value;
                values.add(TargetEvaluator.round(converted.add(offset)));
            }
        }
        return values;
    }

    /** The pace's starting value: the baseline, else 0 for a count since the start, else the first value. */
    private static BigDecimal startValue(Target target, List<SeriesPoint> series) {
        if (target.hasBaseline()) {
            return target.baselineValue();
        }
        if (target.kind() == TargetKind.CUMULATIVE) {
            return BigDecimal.ZERO;
        }
        return series.isEmpty() ? null : series.get(0).value();
    }

    /** The value at each December 31 up to the measurement date: the complete years. */
    private static TreeMap<Integer, BigDecimal> completeYears(List<SeriesPoint> series, LocalDate measuredOn) {
        TreeMap<Integer, BigDecimal> years = new TreeMap<>();
        for (SeriesPoint point : series) {
            LocalDate date = point.date();
            if (date.getMonthValue() == 12 && date.getDayOfMonth() == 31 && !date.isAfter(measuredOn)) {
                years.put(date.getYear(), point.value());
            }
        }
        return years;
    }

    /**
     * The trend's value at the deadline: over the whole series for levels; for yearly kinds over the deadline's
     * year so far (a year's figures grow month by month and start again in January), none before that year.
     */
    private static BigDecimal forecast(Target target, Inputs in, List<SeriesPoint> series, LocalDate measuredOn,
                                       boolean manual) {
        LocalDate deadline = target.deadline();
        boolean level = target.kind() == TargetKind.STOCK || target.kind() == TargetKind.CUMULATIVE;
        LocalDate from = null;
        if (!level) {
            if (measuredOn.getYear() != deadline.getYear()) {
                return null;
            }
            from = measuredOn.withDayOfYear(1);
        }
        List<SeriesPoint> history = new ArrayList<>();
        if (manual) {
            history.addAll(ManualSeries.points(in.manualValues(), from, measuredOn));
        } else {
            for (SeriesPoint point : series) {
                if (from == null || !point.date().isBefore(from)) {
                    history.add(point);
                }
            }
        }
        return Forecast.at(history, deadline).map(value -> value.signum() < 0 ? BigDecimal.ZERO : value).orElse(null);
    }

    /** From 0 on January 1 to the target on December 31, for every year from the start to the deadline. */
    private static List<SeriesPoint> yearlyPaceLine(Target target, LocalDate start) {
        List<SeriesPoint> line = new ArrayList<>();
        for (int year = start.getYear(); year <= target.deadline().getYear(); year++) {
            line.add(new SeriesPoint(LocalDate.of(year, 1, 1), BigDecimal.ZERO));
            line.add(new SeriesPoint(LocalDate.of(year, 12, 31), target.value()));
        }
        return line;
    }
}
