package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_PERIOD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.LongFunction;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.jooq.tables.PeriodStat;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Select;

/**
 * The park sums of the (park, metric, year)s that changed figures touch, replaced without recomputing whole years
 * ({@link IndicatorSummaries#flush()}): the park's sums of the periods holding one of the changed figures' last days,
 * and the year's sums per enterprise. The touches are gathered ({@link #add}) and replaced together
 * ({@link #replace()}), a few statements per park and year whatever the number of metrics (an import touches every
 * metric of the template at once).
 *
 * <p>When every change of a metric is a month's figure added or given a new value (the notes carry each change of
 * value, V1.10) and no quarter's or year's figure of the park counts that year, nothing but months changed: a month's
 * figure always counts, and a coarser figure can only stop counting when a month is added inside it, which needs one
 * counting first. Only the months' park sums are then recomputed, and the changes of value are added to the
 * enterprises' kept yearly sums. Otherwise the month's, quarter's and year's park sums of each changed day are
 * recomputed, and the enterprises' sums of the whole year.
 */
final class TouchedYearSums {

    /** One (park, metric, year) to replace, with the last days of its changed figures and the notes' changes of value. */
    private record Touch(long metric, Map<Long, Set<LocalDate>> ends, ChangeJournal.YearChanges changes) {
    }

    private record ParkYear(long park, int year) {
    }

    private final DSLContext dsl;
    private final Map<ParkYear, List<Touch>> touches = new LinkedHashMap<>();

    TouchedYearSums(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Gathers a (park, metric, year) whose sums {@link #replace()} replaces.
     *
     * @param ends    per enterprise, the last days of its changed figures' periods (none null)
     * @param changes the notes' changes of value of the park's metric in the year; null when none were noted
     */
    void add(long park, long metric, int year, Map<Long, Set<LocalDate>> ends, ChangeJournal.YearChanges changes) {
        touches.computeIfAbsent(new ParkYear(park, year), key -> new ArrayList<>()).add(new Touch(metric, ends, changes));
    }

    /** Replaces the sums of every (park, metric, year) gathered, and forgets them. */
    void replace() {
        touches.forEach((parkYear, touched) -> replace(parkYear.park(), parkYear.year(), touched));
        touches.clear();
    }

    private void replace(long park, int year, List<Touch> touched) {
        // read before the park's sums of the periods are replaced: whether a coarser figure counted until now
        Set<Long> coarser = metricsWithCoarserFigures(park, year, touched.stream().map(Touch::metric).toList());
        Map<StatPeriod, Set<Long>> periods = new LinkedHashMap<>();
        Map<Long, Map<Long, BigDecimal>> monthChanges = new LinkedHashMap<>();
        List<Long> wholeYear = new ArrayList<>();
        for (Touch touch : touched) {
            boolean onlyMonths = touch.changes() != null && touch.changes().allValued() && !coarser.contains(touch.metric());
            touch.ends().values().forEach(days -> {
                for (LocalDate day : days) {
                    if (day.getYear() == year) {
                        add(periods, StatPeriod.month(year, day.getMonthValue()), touch.metric());
                        if (!onlyMonths) {
                            add(periods, StatPeriod.quarter(year, (day.getMonthValue() - 1) / 3 + 1), touch.metric());
                            add(periods, StatPeriod.year(year), touch.metric());
                        }
                    }
                }
            });
            if (onlyMonths) {
                monthChanges.put(touch.metric(), touch.changes().byEnterprise());
            } else {
                wholeYear.add(touch.metric());
            }
        }
        periods.forEach((period, metrics) -> replacePeriodSums(park, period, metrics));
        if (!monthChanges.isEmpty()) {
            addToYearSums(park, year, monthChanges);
        }
        if (!wholeYear.isEmpty()) {
            // the yearly sums per enterprise are replaced for the whole year: an IN list of the touched enterprises made
            // H2 probe the figures per enterprise, slower than reading the year's range of the metric's index once
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            PeriodStat p = PERIOD_STAT.as("p");
            EnterpriseYearSums yearSums = new EnterpriseYearSums(dsl);
            yearSums.delete(park, wholeYear, year);
            yearSums.insert(unionAll(wholeYear, metric -> IndicatorSummaries.yearSums(dsl,
                    IndicatorSummaries.figuresOf(p, park).and(p.METRIC_ID.eq(metric))
                            .and(p.PERIOD_START.between(first, last)), p, park)));
        }
    }

    private static void add(Map<StatPeriod, Set<Long>> periods, StatPeriod period, long metric) {
        periods.computeIfAbsent(period, key -> new LinkedHashSet<>()).add(metric);
    }

    /** Replaces the park's sums of one period of the metrics, recomputed from the figures. */
    private void replacePeriodSums(long park, StatPeriod period, Set<Long> metrics) {
        dsl.deleteFrom(STAT_PARK_PERIOD).where(STAT_PARK_PERIOD.PARK_ID.eq(park))
                .and(STAT_PARK_PERIOD.METRIC_ID.in(metrics)).and(STAT_PARK_PERIOD.PERIOD_START.eq(period.start()))
                .and(STAT_PARK_PERIOD.PERIOD_END.eq(period.end())).execute();
        PeriodStat p = PERIOD_STAT.as("p");
        dsl.insertInto(STAT_PARK_PERIOD, STAT_PARK_PERIOD.PARK_ID, STAT_PARK_PERIOD.METRIC_ID,
                        STAT_PARK_PERIOD.PERIOD_START, STAT_PARK_PERIOD.PERIOD_END, STAT_PARK_PERIOD.TOTAL,
                        STAT_PARK_PERIOD.FIGURES)
                .select(unionAll(metrics, metric -> IndicatorSummaries.periodSums(dsl,
                        IndicatorSummaries.figuresOf(p, park).and(p.METRIC_ID.eq(metric))
                                .and(p.PERIOD_START.eq(period.start())).and(p.PERIOD_END.eq(period.end())), p, park)))
                .execute();
    }

    /**
     * One select per metric, as one statement: each reads an exact range of the figures' metric index, where a
     * metric IN list would make the database read every period of each metric.
     */
    private static <R extends Record> Select<R> unionAll(Iterable<Long> metrics, LongFunction<Select<R>> ofMetric) {
        Select<R> all = null;
        for (long metric : metrics) {
            Select<R> one = ofMetric.apply(metric);
            all = all == null ? one : all.unionAll(one);
        }
        return all;
    }

    /**
     * The metrics of which a quarter's or the year's figure counts in the park's sums of the year: a month's figure
     * added then makes it stop counting, so the yearly sums per enterprise are not the kept ones plus the months'
     * changes.
     */
    private Set<Long> metricsWithCoarserFigures(long park, int year, List<Long> metrics) {
        Set<Long> coarser = new HashSet<>();
        for (var period : dsl.select(STAT_PARK_PERIOD.METRIC_ID, STAT_PARK_PERIOD.PERIOD_START, STAT_PARK_PERIOD.PERIOD_END)
                .from(STAT_PARK_PERIOD).where(STAT_PARK_PERIOD.PARK_ID.eq(park)).and(STAT_PARK_PERIOD.METRIC_ID.in(metrics))
                .and(STAT_PARK_PERIOD.PERIOD_START.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .fetch()) {
            if (!period.value3().equals(period.value2().plusMonths(1).minusDays(1))) {
                coarser.add(period.value1());
            }
        }
        return coarser;
    }

    /**
     * Adds the changes of value of months' figures (added, or given a new value) to the enterprises' kept sums of the
     * year, per metric: a month's figure always counts, and no coarser figure starts or stops counting.
     */
    private void addToYearSums(long park, int year, Map<Long, Map<Long, BigDecimal>> changesByMetric) {
        EnterpriseYearSums sums = new EnterpriseYearSums(dsl);
        Map<Long, SortedMap<Long, BigDecimal>> kept = sums.read(park, changesByMetric.keySet(), year);
        Map<Long, Map<Long, BigDecimal>> changed = new LinkedHashMap<>();
        changesByMetric.forEach((metric, changes) -> {
            SortedMap<Long, BigDecimal> totals = kept.get(metric);
            boolean any = false;
            for (Map.Entry<Long, BigDecimal> change : changes.entrySet()) {
                BigDecimal before = totals.get(change.getKey());
                // an enterprise's first figure of the year gives it a sum, even of nothing: the recomputation's SUM does
                if (before == null || change.getValue().signum() != 0) {
                    totals.put(change.getKey(), before == null ? change.getValue() : before.add(change.getValue()));
                    any = true;
                }
            }
            if (any) {
                changed.put(metric, totals);
            }
        });
        sums.replace(park, year, changed);
    }
}
