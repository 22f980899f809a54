package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_SPAN;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_HELD;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_PERIOD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ecopark.ledger.persistence.jooq.tables.PeriodStat;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.Record5;
import org.jooq.Record6;
import org.jooq.Select;
import org.jooq.TableLike;
import org.jooq.impl.DSL;

/**
 * The one owner of the data derived from the records: the statistics summed per park ({@code stat_park_period}: per
 * period; {@code stat_enterprise_year}: per enterprise and year), the spans of STOCK figures ({@code stat_park_held})
 * and the parks' granted patents and full-time staff ({@code park_span}), so that evaluating a large park reads a few
 * hundred sums instead of a million figures. The sums of a calendar year depend only on that year's figures (a quarter
 * or year figure counts unless finer ones lie inside it), so a change replaces the sums of the (park, metric, year) it
 * touched, recomputed from the figures.
 *
 * <p>No writer tells this class what it wrote: the database notes every change the sums depend on in
 * {@code derived_change} ({@link ChangeJournal}), in the writing transaction, and {@link #flush()} takes the notes in
 * before {@link UnitOfWork#inTransaction} commits. A write path added later is covered without anyone thinking of it;
 * a change committed outside a unit of work is taken in before the next read ({@link UnitOfWork#read()}).
 */
public final class IndicatorSummaries {

    /** The kind of metric whose level is each enterprise's latest figure ({@code stat_park_held}). */
    static final String STOCK = "STOCK";
    /** The records counted per park in {@code park_span}. */
    public static final String PATENT = "PATENT";
    public static final String STAFF = "STAFF";

    private final DSLContext dsl;
    /** The figures' notes a writer of this unit of work kept in memory, taken in with the journal's; null: none. */
    private final FigureNotes notes;

    IndicatorSummaries(DSLContext dsl) {
        this(dsl, null);
    }

    IndicatorSummaries(DSLContext dsl, FigureNotes notes) {
        this.dsl = dsl;
        this.notes = notes;
    }

    /** Takes in every change the journal holds (written by this transaction or committed before it). */
    public void flush() {
        ChangeJournal.Taken taken = ChangeJournal.take(dsl, notes);
        if (taken.everything()) {
            recomputeAll();
            return;
        }
        if (taken.isEmpty()) {
            return; // most transactions write no figure, patent or staff member
        }
        lockParks(taken);
        Set<Long> stock = stockMetrics();
        Set<ChangeJournal.ParkMetric> held = new HashSet<>();
        TouchedYearSums touched = new TouchedYearSums(dsl);
        Set<Long> patentParks = new HashSet<>(taken.patentParks());
        Set<Long> staffParks = new HashSet<>(taken.staffParks());
        for (long park : taken.wholeParks()) {
            replace(park, null, 0);
            stock.forEach(metric -> held.add(new ChangeJournal.ParkMetric(park, metric)));
            patentParks.add(park);
            staffParks.add(park);
        }
        for (long park : taken.leavingParks()) {
            stock.forEach(metric -> held.add(new ChangeJournal.ParkMetric(park, metric)));
            staffParks.add(park);
        }
        taken.figureParks().forEach((metricYear, parks) -> {
            for (long park : parks) {
                if (!taken.wholeParks().contains(park)) {
                    Map<Long, Set<LocalDate>> ends = taken.figureEnds()
                            .get(new ChangeJournal.ParkMetric(park, metricYear.metricId()));
                    if (ends == null || ends.values().stream().anyMatch(days -> days.contains(null))) {
                        replace(park, metricYear.metricId(), metricYear.year());
                    } else {
                        touched.add(park, metricYear.metricId(), metricYear.year(), ends, taken.yearChanges()
                                .get(new ChangeJournal.ParkMetricYear(park, metricYear.metricId(), metricYear.year())));
                    }
                }
            }
        });
        touched.replace();
        held.forEach(parkMetric -> replaceHeld(parkMetric.parkId(), parkMetric.metricId()));
        taken.figureEnds().forEach((parkMetric, ends) -> {
            if (stock.contains(parkMetric.metricId()) && !held.contains(parkMetric)) {
                replaceHeld(parkMetric.parkId(), parkMetric.metricId(), ends);
            }
        });
        patentParks.forEach(park -> replaceSpans(park, PATENT));
        staffParks.forEach(park -> replaceSpans(park, STAFF));
    }

    /**
     * Locks the rows of the parks whose sums are to be replaced, in the order of their ids, until the commit: two
     * clerks committing to one park at once then replace its sums one after the other, the later recomputing from
     * the figures the earlier committed. Unlocked, each would recompute from its own figures only (under READ
     * COMMITTED neither sees the other's), and the later would leave sums that miss the earlier's figures.
     */
    private void lockParks(ChangeJournal.Taken taken) {
        SortedSet<Long> parks = new TreeSet<>(taken.wholeParks());
        parks.addAll(taken.leavingParks());
        taken.figureParks().values().forEach(parks::addAll);
        parks.addAll(taken.patentParks());
        parks.addAll(taken.staffParks());
        dsl.select(PARK.ID).from(PARK).where(PARK.ID.in(parks)).orderBy(PARK.ID).forUpdate().fetch();
    }

    private Set<Long> stockMetrics() {
        return new HashSet<>(dsl.select(METRIC.ID).from(METRIC).where(METRIC.VALUE_KIND.eq(STOCK)).fetch(METRIC.ID));
    }

    /**
     * Recomputes every derived row of every park from the records, and forgets the journal: when the derived tables
     * are new to a ledger, after a metric changed kind, and when a user asks for a repair.
     */
    public void recomputeAll() {
        dsl.select(PARK.ID).from(PARK).orderBy(PARK.ID).forUpdate().fetch(); // as lockParks, for every park
        ChangeJournal.clear(dsl);
        dsl.deleteFrom(STAT_PARK_PERIOD).execute();
        new EnterpriseYearSums(dsl).deleteAll();
        dsl.deleteFrom(STAT_PARK_HELD).execute();
        dsl.deleteFrom(PARK_SPAN).execute();
        insert(DSL.noCondition(), PERIOD_STAT.as("p"), null);
        Set<Long> stock = stockMetrics();
        for (long park : parksWithEnterprises()) {
            stock.forEach(metric -> replaceHeld(park, metric));
            replaceSpans(park, PATENT);
            replaceSpans(park, STAFF);
        }
    }

    private List<Long> parksWithEnterprises() {
        return dsl.select(ENTERPRISE.PARK_ID).from(ENTERPRISE).groupBy(ENTERPRISE.PARK_ID).fetch(ENTERPRISE.PARK_ID);
    }

    /** The IndicatorQueries spans named {@code what} that are stored per park, as their kind; null for none. */
    static String spanKind(String what) {
        return switch (what) {
            case "patents" -> PATENT;
            case "staff" -> STAFF;
            default -> null;
        };
    }

    /** The park's stored spans of a kind. */
    static DaySpans storedSpans(DSLContext dsl, long park, String kind) {
        byte[] packed = dsl.select(PARK_SPAN.SPANS).from(PARK_SPAN).where(PARK_SPAN.PARK_ID.eq(park))
                .and(PARK_SPAN.KIND.eq(kind)).fetchOne(PARK_SPAN.SPANS);
        return packed == null ? DaySpans.EMPTY : PackedSpans.unpack(packed);
    }

    private void replaceSpans(long park, String kind) {
        dsl.deleteFrom(PARK_SPAN).where(PARK_SPAN.PARK_ID.eq(park)).and(PARK_SPAN.KIND.eq(kind)).execute();
        List<SpanQuery.Span> spans = spansOf(dsl, park, kind);
        if (!spans.isEmpty()) {
            dsl.insertInto(PARK_SPAN, PARK_SPAN.PARK_ID, PARK_SPAN.KIND, PARK_SPAN.SPANS, PARK_SPAN.SPAN_COUNT)
                    .values(park, kind, PackedSpans.pack(DaySpans.of(spans)), spans.size()).execute();
        }
    }

    /** The park's spans of a kind ({@link #PATENT}, {@link #STAFF}) as its records give them. */
    static List<SpanQuery.Span> spansOf(DSLContext dsl, long park, String kind) {
        SpanQuery query = kind.equals(PATENT) ? IndicatorQueries.patentSpans(List.of(park))
                : IndicatorQueries.staffSpans(List.of(park));
        return query.spans(dsl, null);
    }

    /** The spans of the park's figures of a STOCK metric, computed from the figures. */
    private void replaceHeld(long park, long metric) {
        dsl.deleteFrom(STAT_PARK_HELD).where(STAT_PARK_HELD.PARK_ID.eq(park)).and(STAT_PARK_HELD.METRIC_ID.eq(metric))
                .execute();
        insertHeld(park, metric, heldOf(dsl, park, metric));
    }

    private void insertHeld(long park, long metric, List<MetricQueries.Held> spans) {
        var insert = dsl.insertInto(STAT_PARK_HELD, STAT_PARK_HELD.PARK_ID, STAT_PARK_HELD.METRIC_ID,
                STAT_PARK_HELD.HELD_FROM, STAT_PARK_HELD.HELD_UNTIL, STAT_PARK_HELD.TOTAL, STAT_PARK_HELD.FIGURES);
        for (MetricQueries.Held span : spans) {
            insert = insert.values(park, metric, span.from(), span.until(), span.sum(), (int) span.rows());
        }
        if (!spans.isEmpty()) {
            insert.execute();
        }
    }

    /**
     * Replaces the spans of the park's figures of a STOCK metric that the changed figures touch: a span starts at the
     * last day of a figure's period and lasts until the enterprise's next figure, so a changed figure changes the
     * spans starting on its own last day and on that of the enterprise's figure before it (a removed figure between
     * them is a changed figure itself). Those days' spans are replaced, recomputed from the figures; a note without
     * its day, or many enterprises whose figure before lies far back, replace the park's spans of the metric whole.
     */
    private void replaceHeld(long park, long metric, Map<Long, Set<LocalDate>> ends) {
        if (ends.values().stream().anyMatch(days -> days.contains(null))) {
            replaceHeld(park, metric);
            return;
        }
        SortedSet<LocalDate> starts = new TreeSet<>();
        ends.values().forEach(starts::addAll);
        Map<Long, LocalDate> latest = new HashMap<>();
        ends.forEach((enterprise, days) -> latest.put(enterprise, days.stream().max(LocalDate::compareTo).orElseThrow()));
        // the figures before the changed ones: most lie a few months back, read in a range or two of the metric's index
        LocalDate from = starts.first().minusMonths(BEFORE_MONTHS);
        Map<Long, TreeSet<LocalDate>> recent = new HashMap<>();
        for (Condition range : MetricQueries.endingOnOrAfter(from)) {
            dsl.select(PERIOD_STAT.ENTERPRISE_ID, PERIOD_STAT.PERIOD_END).from(PERIOD_STAT)
                    .where(PERIOD_STAT.METRIC_ID.eq(metric)).and(range).and(PERIOD_STAT.PERIOD_START.le(starts.last()))
                    .forEach(r -> {
                        if (ends.containsKey(r.value1())) {
                            recent.computeIfAbsent(r.value1(), e -> new TreeSet<>()).add(r.value2());
                        }
                    });
        }
        List<Long> farBack = new ArrayList<>();
        ends.forEach((enterprise, days) -> {
            TreeSet<LocalDate> figures = recent.getOrDefault(enterprise, new TreeSet<>());
            for (LocalDate day : days) {
                LocalDate before = figures.lower(day);
                if (before != null) {
                    starts.add(before);
                } else if (!farBack.contains(enterprise)) {
                    farBack.add(enterprise);
                }
            }
        });
        if (farBack.size() > FAR_BACK_LOOKUPS) {
            replaceHeld(park, metric);
            return;
        }
        for (long enterprise : farBack) {
            for (LocalDate day : ends.get(enterprise)) {
                LocalDate before = dsl.select(DSL.max(PERIOD_STAT.PERIOD_END)).from(PERIOD_STAT)
                        .where(PERIOD_STAT.ENTERPRISE_ID.eq(enterprise)).and(PERIOD_STAT.METRIC_ID.eq(metric))
                        .and(PERIOD_STAT.PERIOD_END.lt(day)).fetchOne(0, LocalDate.class);
                if (before != null) {
                    starts.add(before);
                }
            }
        }
        dsl.deleteFrom(STAT_PARK_HELD).where(STAT_PARK_HELD.PARK_ID.eq(park)).and(STAT_PARK_HELD.METRIC_ID.eq(metric))
                .and(STAT_PARK_HELD.HELD_FROM.in(starts)).execute();
        insertHeld(park, metric, new MetricQueries(dsl, null, null, false).heldFrom(List.of(park), metric, starts));
    }

    /** How far back the figure before a changed one is looked for in one read; further back, one read each. */
    private static final int BEFORE_MONTHS = 3;
    /** More enterprises than this with no figure in those months: the park's spans are recomputed whole. */
    private static final int FAR_BACK_LOOKUPS = 200;

    /** The spans of the park's figures of a metric, as the figures give them. */
    static List<MetricQueries.Held> heldOf(DSLContext dsl, long park, long metric) {
        return new MetricQueries(dsl, null, null, false).held(List.of(park), metric);
    }

    /** Deletes the park's sums of the metric and year (null metric: all its sums) and inserts them again. */
    private void replace(long park, Long metric, int year) {
        PeriodStat p = PERIOD_STAT.as("p");
        Condition sums = STAT_PARK_PERIOD.PARK_ID.eq(park);
        Condition figures = figuresOf(p, park);
        if (metric != null) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            sums = sums.and(STAT_PARK_PERIOD.METRIC_ID.eq(metric)).and(STAT_PARK_PERIOD.PERIOD_START.between(first, last));
            figures = figures.and(p.METRIC_ID.eq(metric)).and(p.PERIOD_START.between(first, last));
        }
        dsl.deleteFrom(STAT_PARK_PERIOD).where(sums).execute();
        new EnterpriseYearSums(dsl).delete(park, metric, year);
        insert(figures, p, park);
    }

    /**
     * The figures of the park's enterprises, written on alias {@code p}. The enterprises as a subquery, not a join:
     * H2 then reads the metric's index range once instead of probing it per enterprise (this recompute was most of
     * a large import's commit).
     */
    static Condition figuresOf(PeriodStat p, long park) {
        return p.ENTERPRISE_ID.in(DSL.select(ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.PARK_ID.eq(park)));
    }

    /** Sums the figures that count, among those {@code where} selects, into both summary tables. */
    private void insert(Condition where, PeriodStat p, Long park) {
        dsl.insertInto(STAT_PARK_PERIOD, STAT_PARK_PERIOD.PARK_ID, STAT_PARK_PERIOD.METRIC_ID,
                        STAT_PARK_PERIOD.PERIOD_START, STAT_PARK_PERIOD.PERIOD_END, STAT_PARK_PERIOD.TOTAL,
                        STAT_PARK_PERIOD.FIGURES)
                .select(periodSums(dsl, where, p, park))
                .execute();
        new EnterpriseYearSums(dsl).insert(yearSums(dsl, where, p, park));
    }

    /**
     * The sums per (park, metric, period) of the figures that count, among those {@code where} selects (written on
     * alias {@code p}): of one park ({@code park}), or of every park (null; the park then comes from a join).
     */
    static Select<Record6<Long, Long, LocalDate, LocalDate, BigDecimal, Integer>> periodSums(DSLContext dsl,
            Condition where, PeriodStat p, Long park) {
        Field<Long> parkId = park == null ? ENTERPRISE.PARK_ID : DSL.inline(park);
        return dsl.select(parkId, p.METRIC_ID, p.PERIOD_START, p.PERIOD_END, DSL.sum(p.STAT_VALUE), DSL.count())
                .from(figures(p, park)).where(where.and(MetricQueries.finest(p)))
                .groupBy(concat(byPark(park), p.METRIC_ID, p.PERIOD_START, p.PERIOD_END));
    }

    /** The sums per (park, metric, year, enterprise) of the figures that count, as {@link #periodSums} selects them. */
    static Select<Record5<Long, Long, Integer, Long, BigDecimal>> yearSums(DSLContext dsl, Condition where,
            PeriodStat p, Long park) {
        Field<Long> parkId = park == null ? ENTERPRISE.PARK_ID : DSL.inline(park);
        Field<Integer> year = DSL.year(p.PERIOD_START);
        return dsl.select(parkId, p.METRIC_ID, year, p.ENTERPRISE_ID, DSL.sum(p.STAT_VALUE))
                .from(figures(p, park)).where(where.and(MetricQueries.finest(p)))
                .groupBy(concat(byPark(park), p.METRIC_ID, year, p.ENTERPRISE_ID));
    }

    private static TableLike<?> figures(PeriodStat p, Long park) {
        return park == null ? p.join(ENTERPRISE).on(ENTERPRISE.ID.eq(p.ENTERPRISE_ID)) : p;
    }

    private static List<GroupField> byPark(Long park) {
        return park == null ? List.of(ENTERPRISE.PARK_ID) : List.of();
    }

    private static List<GroupField> concat(List<GroupField> first, GroupField... rest) {
        List<GroupField> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }
}
