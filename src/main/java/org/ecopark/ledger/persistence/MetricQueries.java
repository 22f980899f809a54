package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_ENTERPRISE_YEAR;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_HELD;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_PERIOD;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ecopark.ledger.model.DatedAmount;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.MetricKind;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.persistence.jooq.tables.PeriodStat;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The computations over period statistics. Each reads a metric of the parks in one statement, by day over
 * the whole window a sampling can need (remembered by the {@link AggregateCache} until the statistics
 * change); the sampling's dates are applied in Java. The sums come from the park summaries that every writer
 * keeps current ({@link IndicatorSummaries}), so a park of a million figures costs a few hundred rows. An
 * enterprise may report a metric by month, by quarter and by year at once; to count each figure once, a
 * quarter or year figure is left out when finer figures of the same enterprise and metric lie inside its
 * period (the months are then the figure, the year's total only a check). Figures count on the day their
 * period ends.
 */
final class MetricQueries {

    static final int RATIO_SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MonthDay YEAR_END = MonthDay.of(12, 31);
    private static final List<Table<?>> TABLES = List.of(PERIOD_STAT, ENTERPRISE, METRIC, STAT_PARK_PERIOD,
            STAT_ENTERPRISE_YEAR, STAT_PARK_HELD);

    /** How results are remembered: {@link IndicatorQueries#cached}. */
    interface Cacher {
        <T> T cached(String key, List<? extends Table<?>> tables, Supplier<T> compute);
    }

    /** A figure that holds from {@code from} until {@code until} (null: still holds); {@code rows} figures summed. */
    record Held(LocalDate from, LocalDate until, BigDecimal sum, long rows) {
    }

    private final DSLContext dsl;
    private final Cacher cacher;
    private final Supplier<Map<String, Metric>> metrics;
    private final boolean fromRecords;

    /**
     * @param metrics     every metric by code ({@link IndicatorQueries#metricsByCode}); null when only {@link #held} is used
     * @param fromRecords sum the figures themselves instead of reading the park sums
     */
    MetricQueries(DSLContext dsl, Cacher cacher, Supplier<Map<String, Metric>> metrics, boolean fromRecords) {
        this.dsl = dsl;
        this.cacher = cacher;
        this.metrics = metrics;
        this.fromRecords = fromRecords;
    }

    List<BigDecimal> sum(Collection<Long> parks, String metric, Sampling sampling) {
        Sampling flows = flowSampling(sampling);
        return sums(totals(parks, metric, flows.windowStart()), flows);
    }

    List<BigDecimal> ratio(Collection<Long> parks, String numerator, String denominator, Sampling sampling) {
        Sampling flows = flowSampling(sampling);
        List<BigDecimal> top = sums(totals(parks, numerator, flows.windowStart()), flows);
        List<BigDecimal> bottom = sums(totals(parks, denominator, flows.windowStart()), flows);
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            BigDecimal n = top.get(i);
            BigDecimal d = bottom.get(i);
            values.add(n == null || d == null || d.signum() == 0 ? null
                    : n.multiply(HUNDRED).divide(d, MathContext.DECIMAL64).setScale(RATIO_SCALE, RoundingMode.HALF_UP));
        }
        return values;
    }

    /** Per enterprise, each figure holds from its period's end until the enterprise's next figure (or its leaving). */
    List<BigDecimal> latestSum(Collection<Long> parks, String metric, Sampling sampling) {
        DeltaSeries series = new DeltaSeries(Sampling.level(sampling.points()));
        for (Held held : cacher.cached("latest|" + metric + "|" + AggregateCache.parks(parks), TABLES,
                () -> heldOf(parks, metric))) {
            series.add(held.from(), held.sum(), held.rows());
            if (held.until() != null) {
                series.add(held.until(), held.sum().negate(), 0);
            }
        }
        return series.sums();
    }

    private static List<BigDecimal> sums(List<DatedAmount> totals, Sampling sampling) {
        DeltaSeries series = new DeltaSeries(sampling);
        totals.forEach(total -> series.add(total.date(), total.amount(), total.rows()));
        return series.sums();
    }

    /** Enterprises whose yearly sum exceeds the threshold, for each year of the last complete one at each point. */
    List<BigDecimal> enterprisesOver(Collection<Long> parks, String metric, BigDecimal threshold, Sampling sampling) {
        Map<Integer, BigDecimal> over = cacher.cached("over|" + metric + "|" + threshold.toPlainString() + "|"
                + AggregateCache.parks(parks), TABLES, () -> over(parks, metric, threshold));
        List<BigDecimal> values = new ArrayList<>();
        for (LocalDate point : sampling.points()) {
            values.add(over.get(completeYear(point)));
        }
        return values;
    }

    /** The last calendar year complete at {@code day}: its own on December 31, else the one before. */
    static int completeYear(LocalDate day) {
        return MonthDay.from(day).equals(YEAR_END) ? day.getYear() : day.getYear() - 1;
    }

    /**
     * The metric's figures (the finest of each enterprise) from {@code from} on, summed by the day their periods
     * end: read from the park sums ({@link IndicatorSummaries}), a few rows a month.
     */
    private List<DatedAmount> totals(Collection<Long> parks, String metric, LocalDate from) {
        if (fromRecords) {
            return totalsFromFigures(parks, metric, from);
        }
        return cacher.cached("totals|" + metric + "|" + AggregateCache.parks(parks) + "|" + from, TABLES, () -> {
            List<DatedAmount> totals = new ArrayList<>();
            for (Record r : dsl.select(STAT_PARK_PERIOD.PERIOD_END, DSL.sum(STAT_PARK_PERIOD.TOTAL),
                            DSL.sum(STAT_PARK_PERIOD.FIGURES))
                    .from(STAT_PARK_PERIOD).where(STAT_PARK_PERIOD.PARK_ID.in(parks))
                    .and(STAT_PARK_PERIOD.METRIC_ID.eq(metricId(metric))).and(STAT_PARK_PERIOD.PERIOD_START.ge(from))
                    .groupBy(STAT_PARK_PERIOD.PERIOD_END).fetch()) {
                totals.add(new DatedAmount(r.get(0, LocalDate.class), r.get(1, BigDecimal.class), r.get(2, Long.class)));
            }
            return totals;
        });
    }

    /** What {@link #totals} reads from the park sums, summed from the figures that count. */
    private List<DatedAmount> totalsFromFigures(Collection<Long> parks, String metric, LocalDate from) {
        PeriodStat p = PERIOD_STAT.as("p");
        List<DatedAmount> totals = new ArrayList<>();
        for (Record r : dsl.select(p.PERIOD_END, DSL.sum(p.STAT_VALUE), DSL.count()).from(p)
                .where(p.ENTERPRISE_ID.in(enterprises(parks, DSL.noCondition()))).and(p.METRIC_ID.eq(metricId(metric)))
                .and(p.PERIOD_START.ge(from)).and(finest(p)).groupBy(p.PERIOD_END).fetch()) {
            totals.add(new DatedAmount(r.get(0, LocalDate.class), r.get(1, BigDecimal.class), r.get(2, Long.class)));
        }
        return totals;
    }

    /**
     * The next figure of each enterprise comes from one window function; the figures are then grouped by
     * their (end, next) days, few groups however many enterprises report. Enterprises that left the park
     * (few) are read in a second statement with their leaving day, which ends their last figure.
     */
    List<Held> held(Collection<Long> parks, long metricId) {
        return held(parks, metricId, List.of(DSL.noCondition()), null);
    }

    /**
     * The spans of {@link #held(Collection, long)} that start on one of the days {@code starts} (the last days of
     * figures' periods), read from the figures that end on or after the first of those days only: a span starting on
     * such a day ends at the next figure of the same enterprise, which ends later still.
     */
    List<Held> heldFrom(Collection<Long> parks, long metricId, java.util.SortedSet<LocalDate> starts) {
        return held(parks, metricId, endingOnOrAfter(starts.first()), starts);
    }

    /**
     * The figures that end on or after {@code day}, as conditions each of which reads one range of the metric's index
     * (metric, period start), and whose rows do not overlap: a month's or a quarter's figure ending then starts at most
     * three months before (on the first of a month), a year's on 1 January of the day's year or later. Bounding the
     * start by a year instead read two and a half times as many (2 401 rows of a metric at a park of 200 enterprises
     * where these read 801 and 201).
     */
    static List<Condition> endingOnOrAfter(LocalDate day) {
        LocalDate bound = day.minusMonths(org.ecopark.ledger.model.PeriodType.QUARTER.months()).withDayOfMonth(1);
        Condition recent = PERIOD_STAT.PERIOD_START.ge(bound).and(PERIOD_STAT.PERIOD_END.ge(day));
        LocalDate yearStart = day.withDayOfYear(1);
        if (!yearStart.isBefore(bound)) {
            return List.of(recent);
        }
        return List.of(recent, PERIOD_STAT.PERIOD_START.eq(yearStart).and(PERIOD_STAT.PERIOD_END.ge(day)));
    }

    private List<Held> held(Collection<Long> parks, long metricId, List<Condition> figures,
                            java.util.Set<LocalDate> starts) {
        List<Held> held = new ArrayList<>();
        if (dsl.fetchExists(enterprises(parks, ENTERPRISE.LEFT_ON.isNotNull()))) {
            // each figure with its enterprise's leaving day, null for one that stays: one read of the figures
            var leaving = ENTERPRISE.as("leaving");
            held(held, metricId, enterprises(parks, DSL.noCondition()),
                    DSL.field(DSL.select(leaving.LEFT_ON).from(leaving).where(leaving.ID.eq(PERIOD_STAT.ENTERPRISE_ID))),
                    figures, starts);
        } else {
            // most parks: no enterprise left, none has a leaving day to look up
            held(held, metricId, enterprises(parks, DSL.noCondition()), DSL.inline((LocalDate) null), figures, starts);
        }
        return held;
    }

    /**
     * @param which the figures read, one condition per range of the index: with more than one, their rows are read
     *              by a {@code UNION ALL} (an {@code OR} of the ranges made H2 read the metric's every figure) and the
     *              next figure found over them
     */
    private void held(List<Held> held, Long metricId, org.jooq.Select<? extends org.jooq.Record1<Long>> enterprises,
                      Field<LocalDate> leftOn, List<Condition> which, java.util.Set<LocalDate> starts) {
        Table<?> figures;
        if (which.size() == 1) {
            Field<LocalDate> next = DSL.lead(PERIOD_STAT.PERIOD_END).over()
                    .partitionBy(PERIOD_STAT.ENTERPRISE_ID).orderBy(PERIOD_STAT.PERIOD_END, PERIOD_STAT.PERIOD_START);
            figures = dsl.select(PERIOD_STAT.PERIOD_END.as("t"), PERIOD_STAT.STAT_VALUE.as("v"), next.as("nxt"),
                            leftOn.as("gone"))
                    .from(PERIOD_STAT).where(PERIOD_STAT.METRIC_ID.eq(metricId)).and(which.get(0))
                    .and(PERIOD_STAT.ENTERPRISE_ID.in(enterprises))
                    .asTable("f");
        } else {
            org.jooq.Select<org.jooq.Record5<Long, LocalDate, LocalDate, BigDecimal, LocalDate>> rows = null;
            for (Condition range : which) {
                var part = dsl.select(PERIOD_STAT.ENTERPRISE_ID.as("e"), PERIOD_STAT.PERIOD_END.as("t"),
                                PERIOD_STAT.PERIOD_START.as("s"), PERIOD_STAT.STAT_VALUE.as("v"), leftOn.as("gone"))
                        .from(PERIOD_STAT).where(PERIOD_STAT.METRIC_ID.eq(metricId)).and(range)
                        .and(PERIOD_STAT.ENTERPRISE_ID.in(enterprises));
                rows = rows == null ? part : rows.unionAll(part);
            }
            Table<?> read = rows.asTable("r");
            Field<LocalDate> end = read.field("t", LocalDate.class);
            Field<LocalDate> next = DSL.lead(end).over().partitionBy(read.field("e", Long.class))
                    .orderBy(end, read.field("s", LocalDate.class));
            figures = dsl.select(end.as("t"), read.field("v", BigDecimal.class).as("v"), next.as("nxt"),
                    read.field("gone", LocalDate.class).as("gone")).from(read).asTable("f");
        }
        Field<LocalDate> t = figures.field("t", LocalDate.class);
        Field<LocalDate> nxt = figures.field("nxt", LocalDate.class);
        Field<LocalDate> gone = figures.field("gone", LocalDate.class);
        for (Record r : dsl.select(t, nxt, gone, DSL.sum(figures.field("v", BigDecimal.class)), DSL.count())
                .from(figures).where(starts == null ? DSL.noCondition() : t.in(starts)).groupBy(t, nxt, gone).fetch()) {
            LocalDate from = r.get(0, LocalDate.class);
            LocalDate until = earlier(r.get(1, LocalDate.class), r.get(2, LocalDate.class));
            if (until != null && !until.isAfter(from)) {
                continue; // reported after the enterprise had left, or replaced on the same day: never held
            }
            held.add(new Held(from, until, r.get(3, BigDecimal.class), r.get(4, Long.class)));
        }
    }

    /**
     * The parks' enterprises as a subquery: filtering the big table by it lets H2 read the metric's index
     * range once, where a join would read it once per enterprise.
     */
    private org.jooq.Select<org.jooq.Record1<Long>> enterprises(Collection<Long> parks, Condition condition) {
        return DSL.select(ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.PARK_ID.in(parks)).and(condition);
    }

    /** A STOCK metric's spans come from the park sums ({@link IndicatorSummaries}); another's are computed. */
    private List<Held> heldOf(Collection<Long> parks, String metric) {
        long id = metricId(metric);
        if (id < 0) {
            return List.of();
        }
        if (fromRecords || !isStock(metric)) {
            return held(parks, id);
        }
        return JdbcRows.fetch(dsl.select(STAT_PARK_HELD.HELD_FROM, STAT_PARK_HELD.HELD_UNTIL, STAT_PARK_HELD.TOTAL,
                        STAT_PARK_HELD.FIGURES).from(STAT_PARK_HELD)
                .where(STAT_PARK_HELD.PARK_ID.in(parks)).and(STAT_PARK_HELD.METRIC_ID.eq(id)),
                row -> new Held(JdbcRows.day(row, 1), JdbcRows.day(row, 2), row.getBigDecimal(3), row.getLong(4)));
    }

    /** Per year with figures, how many enterprises' yearly sums exceed the threshold. */
    private Map<Integer, BigDecimal> over(Collection<Long> parks, String metric, BigDecimal threshold) {
        if (fromRecords) {
            return overFromFigures(parks, metric, threshold);
        }
        Map<Integer, BigDecimal> over = new HashMap<>();
        new EnterpriseYearSums(dsl).byYear(parks, metricId(metric)).forEach((year, sums) -> over.put(year,
                BigDecimal.valueOf(sums.stream().filter(total -> total.compareTo(threshold) > 0).count())));
        return over;
    }

    /** What {@link #over} reads from the yearly sums, with each enterprise's year summed from its figures. */
    private Map<Integer, BigDecimal> overFromFigures(Collection<Long> parks, String metric, BigDecimal threshold) {
        PeriodStat p = PERIOD_STAT.as("p");
        Field<Integer> year = DSL.year(p.PERIOD_START).as("y");
        Field<BigDecimal> total = DSL.sum(p.STAT_VALUE).as("total");
        Table<?> yearly = dsl.select(year, total).from(p)
                .where(p.ENTERPRISE_ID.in(enterprises(parks, DSL.noCondition()))).and(p.METRIC_ID.eq(metricId(metric)))
                .and(finest(p)).groupBy(DSL.year(p.PERIOD_START), p.ENTERPRISE_ID).asTable("yearly");
        Field<Integer> y = yearly.field("y", Integer.class);
        Map<Integer, BigDecimal> over = new HashMap<>();
        for (Record r : dsl.select(y, DSL.count(DSL.when(yearly.field("total", BigDecimal.class).gt(threshold),
                DSL.inline(1)))).from(yearly).groupBy(y).fetch()) {
            over.put(r.get(0, Integer.class), BigDecimal.valueOf(r.get(1, Integer.class)));
        }
        return over;
    }

    /** A month figure always counts; a quarter or year figure only when no finer one lies inside its period. */
    static Condition finest(PeriodStat p) {
        PeriodStat f = PERIOD_STAT.as("finer");
        Condition finerType = f.PERIOD_TYPE.eq("MONTH")
                .or(p.PERIOD_TYPE.eq("YEAR").and(f.PERIOD_TYPE.eq("QUARTER")));
        return p.PERIOD_TYPE.eq("MONTH").or(DSL.notExists(DSL.selectOne().from(f)
                .where(f.ENTERPRISE_ID.eq(p.ENTERPRISE_ID)).and(f.METRIC_ID.eq(p.METRIC_ID))
                .and(finerType).and(f.PERIOD_START.between(p.PERIOD_START, p.PERIOD_END))));
    }

    /** Flow sums run over the year so far, or since a day; a LEVEL sampling of a flow reads as the year so far. */
    private static Sampling flowSampling(Sampling sampling) {
        return sampling.accumulation() == Sampling.Accumulation.LEVEL ? Sampling.yearToDate(sampling.points()) : sampling;
    }

    /** The metric's id (-1 for a code the ledger does not know), so the big table is filtered through its index. */
    private long metricId(String code) {
        Metric metric = metrics.get().get(code);
        return metric == null ? -1L : metric.id();
    }

    private boolean isStock(String code) {
        Metric metric = metrics.get().get(code);
        return metric != null && metric.kind() == MetricKind.STOCK;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }
}
