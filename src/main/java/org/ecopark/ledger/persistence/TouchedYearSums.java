package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_PERIOD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.jooq.tables.PeriodStat;
import org.jooq.DSLContext;

/**
 * The park sums of one (park, metric, year) that changed figures touch, replaced without recomputing the whole year
 * ({@link IndicatorSummaries#flush()}): the park's sums of the periods holding one of the changed figures' last days,
 * and the year's sums per enterprise.
 *
 * <p>When every change is a month's figure added or given a new value (the notes carry each change of value, V1.10)
 * and no quarter's or year's figure of the park counts that year, nothing but months changed: a month's figure always
 * counts, and a coarser figure can only stop counting when a month is added inside it, which needs one counting first.
 * Only the months' park sums are then recomputed, and the changes of value are added to the enterprises' kept yearly
 * sums. Otherwise the month's, quarter's and year's park sums of each changed day are recomputed, and the enterprises'
 * sums of the whole year.
 */
final class TouchedYearSums {

    private final DSLContext dsl;

    TouchedYearSums(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * @param ends    per enterprise, the last days of its changed figures' periods (none null)
     * @param changes the notes' changes of value of the park's metric in the year; null when none were noted
     */
    void replace(long park, long metric, int year, Map<Long, Set<LocalDate>> ends, ChangeJournal.YearChanges changes) {
        // read before the park's sums of the periods are replaced: whether a coarser figure counted until now
        boolean onlyMonths = changes != null && changes.allValued() && !coarserFigureCounts(park, metric, year);
        Set<StatPeriod> periods = new LinkedHashSet<>();
        ends.values().forEach(days -> {
            for (LocalDate day : days) {
                if (day.getYear() == year) {
                    periods.add(StatPeriod.month(year, day.getMonthValue()));
                    if (!onlyMonths) {
                        periods.add(StatPeriod.quarter(year, (day.getMonthValue() - 1) / 3 + 1));
                        periods.add(StatPeriod.year(year));
                    }
                }
            }
        });
        PeriodStat p = PERIOD_STAT.as("p");
        for (StatPeriod period : periods) {
            dsl.deleteFrom(STAT_PARK_PERIOD).where(STAT_PARK_PERIOD.PARK_ID.eq(park))
                    .and(STAT_PARK_PERIOD.METRIC_ID.eq(metric)).and(STAT_PARK_PERIOD.PERIOD_START.eq(period.start()))
                    .and(STAT_PARK_PERIOD.PERIOD_END.eq(period.end())).execute();
            dsl.insertInto(STAT_PARK_PERIOD, STAT_PARK_PERIOD.PARK_ID, STAT_PARK_PERIOD.METRIC_ID,
                            STAT_PARK_PERIOD.PERIOD_START, STAT_PARK_PERIOD.PERIOD_END, STAT_PARK_PERIOD.TOTAL,
                            STAT_PARK_PERIOD.FIGURES)
                    .select(IndicatorSummaries.periodSums(dsl, IndicatorSummaries.figuresOf(p, park)
                            .and(p.METRIC_ID.eq(metric)).and(p.PERIOD_START.eq(period.start()))
                            .and(p.PERIOD_END.eq(period.end())), p, park))
                    .execute();
        }
        if (onlyMonths) {
            addToYearSums(park, metric, year, changes.byEnterprise());
            return;
        }
        // the yearly sums per enterprise are replaced for the whole year: an IN list of the touched enterprises made H2
        // probe the figures per enterprise, slower than reading the year's range of the metric's index once
        LocalDate first = LocalDate.of(year, 1, 1);
        EnterpriseYearSums yearSums = new EnterpriseYearSums(dsl);
        yearSums.delete(park, metric, year);
        yearSums.insert(IndicatorSummaries.yearSums(dsl, IndicatorSummaries.figuresOf(p, park)
                .and(p.METRIC_ID.eq(metric)).and(p.PERIOD_START.between(first, LocalDate.of(year, 12, 31))), p, park));
    }

    /**
     * Whether a quarter's or the year's figure of the park counts in its sums of the year: a month's figure added then
     * makes it stop counting, so the yearly sums per enterprise are not the kept ones plus the months' changes.
     */
    private boolean coarserFigureCounts(long park, long metric, int year) {
        for (var period : dsl.select(STAT_PARK_PERIOD.PERIOD_START, STAT_PARK_PERIOD.PERIOD_END).from(STAT_PARK_PERIOD)
                .where(STAT_PARK_PERIOD.PARK_ID.eq(park)).and(STAT_PARK_PERIOD.METRIC_ID.eq(metric))
                .and(STAT_PARK_PERIOD.PERIOD_START.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
                .fetch()) {
            if (!period.value2().equals(period.value1().plusMonths(1).minusDays(1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the changes of value of months' figures (added, or given a new value) to the enterprises' kept sums of the
     * year: a month's figure always counts, and no coarser figure starts or stops counting.
     */
    private void addToYearSums(long park, long metric, int year, Map<Long, BigDecimal> changes) {
        EnterpriseYearSums sums = new EnterpriseYearSums(dsl);
        Map<Long, BigDecimal> kept = sums.read(park, metric, year);
        boolean changed = false;
        for (Map.Entry<Long, BigDecimal> change : changes.entrySet()) {
            BigDecimal before = kept.get(change.getKey());
            // an enterprise's first figure of the year gives it a sum, even of nothing: the recomputation's SUM does
            if (before == null || change.getValue().signum() != 0) {
                kept.put(change.getKey(), before == null ? change.getValue() : before.add(change.getValue()));
                changed = true;
            }
        }
        if (changed) {
            sums.write(park, metric, year, kept);
        }
    }
}
