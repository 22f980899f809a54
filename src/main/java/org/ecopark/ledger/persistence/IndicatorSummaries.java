package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_SPAN;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_ENTERPRISE_YEAR;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_HELD;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_PERIOD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.persistence.jooq.tables.PeriodStat;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.GroupField;
import org.jooq.TableLike;
import org.jooq.impl.DSL;

/**
 * Keeps the statistics summed per park ({@code stat_park_period}: per period; {@code stat_enterprise_year}: per
 * enterprise and year) equal to what the figures give, so that evaluating a large park reads a few hundred sums
 * instead of a million figures. The sums of a calendar year depend only on that year's figures (a quarter or year
 * figure counts unless finer ones lie inside it), so a change replaces the sums of the (park, metric, year) it
 * touched, recomputed from the figures.
 *
 * <p>Writers say what they touched ({@link #statChanged}, {@link #parkChanged}, then {@link #written()}); the sums
 * are replaced at {@link #flush()}, which {@link UnitOfWork#inTransaction} calls before its commit, so that an
 * import of thousands of figures replaces each touched year once. The generator, which loads a park in many
 * transactions, rebuilds its sums once at the end ({@link #leaveToRebuild()}, {@link #rebuild}).
 */
public final class IndicatorSummaries {

    /** The kind of metric whose level is each enterprise's latest figure ({@code stat_park_held}). */
    static final String STOCK = "STOCK";
    /** The records counted per park in {@code park_span}. */
    public static final String PATENT = "PATENT";
    public static final String STAFF = "STAFF";

    private record MetricYear(long metricId, int year) {
    }

    private final DSLContext dsl;
    private final boolean deferred;
    private final Map<MetricYear, Set<Long>> touched = new HashMap<>();
    private final Set<Long> parks = new HashSet<>();
    /** Parks whose enterprises' leaving days changed: the spans of their STOCK metrics are replaced. */
    private final Set<Long> leavingChanged = new HashSet<>();
    /** Per kind of {@code park_span}, the enterprises whose records of that kind changed. */
    private final Map<String, Set<Long>> spanOwners = new HashMap<>();
    private boolean leftToRebuild;

    /** @param deferred whether changes wait for {@link #flush()}; false: replaced at once, for a lone repository */
    IndicatorSummaries(DSLContext dsl, boolean deferred) {
        this.dsl = dsl;
        this.deferred = deferred;
    }

    /** Summaries that replace the sums at every change: for a writer used outside {@link UnitOfWork#inTransaction}. */
    public static IndicatorSummaries immediate(DSLContext dsl) {
        return new IndicatorSummaries(dsl, false);
    }

    /** A figure of the enterprise for the metric in that calendar year was written or deleted. */
    public void statChanged(long enterpriseId, long metricId, LocalDate periodStart) {
        touched.computeIfAbsent(new MetricYear(metricId, periodStart.getYear()), k -> new HashSet<>()).add(enterpriseId);
    }

    /** Everything of the park may have changed (an enterprise moved in or out, records wiped). */
    public void parkChanged(long parkId) {
        parks.add(parkId);
    }

    /**
     * This transaction is one chunk of a park loaded in many (the generator), which rebuilds the park's sums
     * once at the end: replacing them chunk by chunk would read the park's figures again and again.
     */
    public void leaveToRebuild() {
        leftToRebuild = true;
    }

    /** Replaces the sums of what was touched since the last flush. */
    public void flush() {
        if (leftToRebuild || parks.isEmpty() && touched.isEmpty() && leavingChanged.isEmpty() && spanOwners.isEmpty()) {
            clear(); // most transactions write no statistics, patent or staff member
            return;
        }
        Set<Long> stock = new HashSet<>(dsl.select(METRIC.ID).from(METRIC).where(METRIC.VALUE_KIND.eq(STOCK))
                .fetch(METRIC.ID));
        Set<List<Long>> held = new HashSet<>();
        for (long park : parks) {
            replace(park, null, 0);
            stock.forEach(metric -> held.add(List.of(park, metric)));
        }
        for (long park : leavingChanged) {
            stock.forEach(metric -> held.add(List.of(park, metric)));
        }
        for (Map.Entry<MetricYear, Set<Long>> entry : touched.entrySet()) {
            long metric = entry.getKey().metricId();
            for (long park : dsl.selectDistinct(ENTERPRISE.PARK_ID).from(ENTERPRISE)
                    .where(ENTERPRISE.ID.in(entry.getValue())).fetch(ENTERPRISE.PARK_ID)) {
                if (!parks.contains(park)) {
                    replace(park, metric, entry.getKey().year());
                }
                if (stock.contains(metric)) {
                    held.add(List.of(park, metric));
                }
            }
        }
        held.forEach(parkMetric -> replaceHeld(parkMetric.get(0), parkMetric.get(1)));
        Map<String, Set<Long>> spans = new HashMap<>();
        for (Map.Entry<String, Set<Long>> entry : spanOwners.entrySet()) {
            spans.computeIfAbsent(entry.getKey(), k -> new HashSet<>()).addAll(dsl.selectDistinct(ENTERPRISE.PARK_ID)
                    .from(ENTERPRISE).where(ENTERPRISE.ID.in(entry.getValue())).fetch(ENTERPRISE.PARK_ID));
        }
        for (long park : parks) {
            spans.computeIfAbsent(PATENT, k -> new HashSet<>()).add(park);
            spans.computeIfAbsent(STAFF, k -> new HashSet<>()).add(park);
        }
        spans.computeIfAbsent(STAFF, k -> new HashSet<>()).addAll(leavingChanged);
        spans.forEach((kind, owners) -> owners.forEach(park -> replaceSpans(park, kind)));
        clear();
    }

    private void clear() {
        parks.clear();
        touched.clear();
        leavingChanged.clear();
        spanOwners.clear();
    }

    /** Recomputes every sum of the parks from their figures: after a bulk load. */
    public void rebuild(Collection<Long> parkIds) {
        parks.addAll(parkIds);
        flush();
    }

    /** A patent ({@link #PATENT}) or staff member ({@link #STAFF}) of the enterprises was written or deleted. */
    public void recordsChanged(String kind, Collection<Long> enterpriseIds) {
        spanOwners.computeIfAbsent(kind, k -> new HashSet<>()).addAll(enterpriseIds);
    }

    /** An enterprise of the park left, or came back: its last figures now hold until another day. */
    public void leavingChanged(long parkId) {
        leavingChanged.add(parkId);
    }

    /** Recomputes every sum of every park: once, when the summary tables are new to a ledger. */
    void rebuildAll() {
        dsl.deleteFrom(STAT_PARK_PERIOD).execute();
        dsl.deleteFrom(STAT_ENTERPRISE_YEAR).execute();
        insert(DSL.noCondition(), PERIOD_STAT.as("p"), null);
        dsl.deleteFrom(PARK_SPAN).execute();
        for (long park : parksWithEnterprises()) {
            leavingChanged(park); // the park's held spans and staff spans
            replaceSpans(park, PATENT);
        }
        flush();
    }

    /** Recomputes every park's patent and staff spans: once, when their table is new to a ledger. */
    void rebuildSpans() {
        dsl.deleteFrom(PARK_SPAN).execute();
        for (long park : parksWithEnterprises()) {
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
        SpanQuery query = kind.equals(PATENT) ? IndicatorQueries.patentSpans(List.of(park))
                : IndicatorQueries.staffSpans(List.of(park));
        List<SpanQuery.Span> spans = query.spans(dsl, null);
        if (!spans.isEmpty()) {
            dsl.insertInto(PARK_SPAN, PARK_SPAN.PARK_ID, PARK_SPAN.KIND, PARK_SPAN.SPANS, PARK_SPAN.SPAN_COUNT)
                    .values(park, kind, PackedSpans.pack(DaySpans.of(spans)), spans.size()).execute();
        }
    }

    /** The spans of the park's figures of a STOCK metric, computed from the figures. */
    private void replaceHeld(long park, long metric) {
        dsl.deleteFrom(STAT_PARK_HELD).where(STAT_PARK_HELD.PARK_ID.eq(park)).and(STAT_PARK_HELD.METRIC_ID.eq(metric))
                .execute();
        var insert = dsl.insertInto(STAT_PARK_HELD, STAT_PARK_HELD.PARK_ID, STAT_PARK_HELD.METRIC_ID,
                STAT_PARK_HELD.HELD_FROM, STAT_PARK_HELD.HELD_UNTIL, STAT_PARK_HELD.TOTAL, STAT_PARK_HELD.FIGURES);
        List<MetricQueries.Held> spans = new MetricQueries(dsl, null, null).held(List.of(park), metric);
        for (MetricQueries.Held span : spans) {
            insert = insert.values(park, metric, span.from(), span.until(), span.sum(), (int) span.rows());
        }
        if (!spans.isEmpty()) {
            insert.execute();
        }
    }

    /** A writer is done with one call: immediate summaries replace the sums now, deferred ones at the flush. */
    public void written() {
        if (!deferred) {
            flush();
        }
    }

    /** Deletes the park's sums of the metric and year (null metric: all its sums) and inserts them again. */
    private void replace(long park, Long metric, int year) {
        PeriodStat p = PERIOD_STAT.as("p");
        Condition sums = STAT_PARK_PERIOD.PARK_ID.eq(park);
        Condition yearly = STAT_ENTERPRISE_YEAR.PARK_ID.eq(park);
        // The park's enterprises as a subquery, not a join: H2 then reads the metric's index range once instead of
        // probing it per enterprise (this recompute was most of a large import's commit).
        Condition figures = p.ENTERPRISE_ID.in(DSL.select(ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.PARK_ID.eq(park)));
        if (metric != null) {
            LocalDate first = LocalDate.of(year, 1, 1);
            LocalDate last = LocalDate.of(year, 12, 31);
            sums = sums.and(STAT_PARK_PERIOD.METRIC_ID.eq(metric)).and(STAT_PARK_PERIOD.PERIOD_START.between(first, last));
            yearly = yearly.and(STAT_ENTERPRISE_YEAR.METRIC_ID.eq(metric)).and(STAT_ENTERPRISE_YEAR.STAT_YEAR.eq(year));
            figures = figures.and(p.METRIC_ID.eq(metric)).and(p.PERIOD_START.between(first, last));
        }
        dsl.deleteFrom(STAT_PARK_PERIOD).where(sums).execute();
        dsl.deleteFrom(STAT_ENTERPRISE_YEAR).where(yearly).execute();
        insert(figures, p, park);
    }

    /**
     * Sums the figures that count, among those {@code where} selects (written on alias {@code p}): of one park
     * ({@code park}), or of every park (null; the park then comes from a join with the enterprise).
     */
    private void insert(Condition where, PeriodStat p, Long park) {
        Condition counted = where.and(MetricQueries.finest(p));
        Field<Long> parkId = park == null ? ENTERPRISE.PARK_ID : DSL.inline(park);
        TableLike<?> figures = park == null ? p.join(ENTERPRISE).on(ENTERPRISE.ID.eq(p.ENTERPRISE_ID)) : p;
        List<GroupField> byPark = park == null ? List.of(ENTERPRISE.PARK_ID) : List.of();
        dsl.insertInto(STAT_PARK_PERIOD, STAT_PARK_PERIOD.PARK_ID, STAT_PARK_PERIOD.METRIC_ID,
                        STAT_PARK_PERIOD.PERIOD_START, STAT_PARK_PERIOD.PERIOD_END, STAT_PARK_PERIOD.TOTAL,
                        STAT_PARK_PERIOD.FIGURES)
                .select(dsl.select(parkId, p.METRIC_ID, p.PERIOD_START, p.PERIOD_END, DSL.sum(p.STAT_VALUE), DSL.count())
                        .from(figures).where(counted)
                        .groupBy(concat(byPark, p.METRIC_ID, p.PERIOD_START, p.PERIOD_END)))
                .execute();
        Field<Integer> year = DSL.year(p.PERIOD_START);
        dsl.insertInto(STAT_ENTERPRISE_YEAR, STAT_ENTERPRISE_YEAR.PARK_ID, STAT_ENTERPRISE_YEAR.METRIC_ID,
                        STAT_ENTERPRISE_YEAR.STAT_YEAR, STAT_ENTERPRISE_YEAR.ENTERPRISE_ID, STAT_ENTERPRISE_YEAR.TOTAL)
                .select(dsl.select(parkId, p.METRIC_ID, year, p.ENTERPRISE_ID, DSL.sum(p.STAT_VALUE))
                        .from(figures).where(counted)
                        .groupBy(concat(byPark, p.METRIC_ID, year, p.ENTERPRISE_ID)))
                .execute();
    }

    private static List<GroupField> concat(List<GroupField> first, GroupField... rest) {
        List<GroupField> all = new ArrayList<>(first);
        all.addAll(List.of(rest));
        return all;
    }
}
