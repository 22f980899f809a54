package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE_TITLE;
import static org.ecopark.ledger.persistence.jooq.Tables.INDICATOR;
import static org.ecopark.ledger.persistence.jooq.Tables.INNOVATION_PLATFORM;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_EVENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_SPAN;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT_OWNER;
import static org.ecopark.ledger.persistence.jooq.Tables.PLAN;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT;
import static org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF;
import static org.ecopark.ledger.persistence.jooq.Tables.STANDARD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.Sampling;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The indicators' computations over the records of some parks, one method per computation. Each returns
 * the indicator's value at every point of a {@link Sampling} (null = no data), in the indicator's base
 * unit, from one aggregate statement plus, for counts, one existence check: never row by row, so a
 * park of thousands of enterprises costs a handful of index scans per target.
 *
 * <p>A count is null at every point when the parks hold no record of its kind at all (no patent, no staff
 * member...), and zero when they hold some but none counts. Records belong to a park through their
 * enterprise ({@code enterprise.park_id}); counts of enterprises, titles and staff also require the
 * enterprise to be in the park at the date (settled on or before it, when known, and not left).
 */
public final class IndicatorQueries {

    private static final List<Table<?>> CATALOG = List.of(PLAN, INDICATOR, METRIC);

    private final DSLContext dsl;
    private final AggregateCache cache;
    private final boolean fromRecords;
    private final MetricQueries metrics;
    private AggregateCache.Stamps stamps;

    /** Queries that run every time. */
    public IndicatorQueries(DSLContext dsl) {
        this(dsl, AggregateCache.NONE);
    }

    /**
     * Queries whose aggregates {@code cache} keeps until their tables change. The tables' change stamps are
     * read once, at the first query: make one instance per evaluation.
     */
    public IndicatorQueries(DSLContext dsl, AggregateCache cache) {
        this(dsl, cache, false);
    }

    private IndicatorQueries(DSLContext dsl, AggregateCache cache, boolean fromRecords) {
        this.dsl = dsl;
        this.cache = cache;
        this.fromRecords = fromRecords;
        this.metrics = new MetricQueries(dsl, this::cached, this::metricsByCode, fromRecords);
    }

    /**
     * Queries that read the records alone, never the park sums nor a cache: the reference the derived data is
     * checked against ({@code check}), slow on a large park.
     */
    public static IndicatorQueries fromRecords(DSLContext dsl) {
        return new IndicatorQueries(dsl, AggregateCache.NONE, true);
    }

    /** PATENTS_GRANTED: granted patents not lapsed at the date; a patent co-owned in the park counts once. */
    public List<BigDecimal> patentsGranted(Collection<Long> parks, Sampling sampling) {
        SpanQuery query = patentSpans(parks);
        return query.counts(spans("patents", parks, List.of(PATENT, PATENT_OWNER, ENTERPRISE, PARK_SPAN), query, sampling,
                () -> dsl.fetchExists(dsl.selectOne().from(PATENT_OWNER).join(ENTERPRISE)
                        .on(ENTERPRISE.ID.eq(PATENT_OWNER.ENTERPRISE_ID)).where(ENTERPRISE.PARK_ID.in(parks)))), sampling);
    }

    /** RD_STAFF_FULLTIME: full-time R&D staff who joined on or before the date and had not left by it. */
    public List<BigDecimal> rdStaffFullTime(Collection<Long> parks, Sampling sampling) {
        var from = RD_STAFF.join(ENTERPRISE).on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID));
        SpanQuery query = staffSpans(parks);
        return query.counts(spans("staff", parks, List.of(RD_STAFF, ENTERPRISE, PARK_SPAN), query, sampling,
                () -> dsl.fetchExists(dsl.selectOne().from(from).where(ENTERPRISE.PARK_ID.in(parks)))), sampling);
    }

    /**
     * STANDARDS_DRAFTED: distinct standard codes of the levels and roles (empty = any) published by the
     * date; one standard drafted by several enterprises of the park counts once, on its earliest date.
     */
    public List<BigDecimal> standardsDrafted(Collection<Long> parks, Collection<String> levels,
                                             Collection<String> roles, Sampling sampling) {
        Condition where = STANDARD.ENTERPRISE_ID.in(DSL.select(ENTERPRISE.ID).from(ENTERPRISE)
                        .where(ENTERPRISE.PARK_ID.in(parks)))
                .and(STANDARD.PUBLISHED_ON.isNotNull()).and(anyOf(STANDARD.LEVEL, levels)).and(anyOf(STANDARD.ROLE, roles));
        // counted by code on its earliest day: the flat rows are read and the earliest kept here, a plain index read
        // where grouping and counting distinct codes in the database cost more than the rows themselves
        SpanQuery counting = new SpanQuery(STANDARD, STANDARD.CODE, STANDARD.PUBLISHED_ON, null, where, false);
        LocalDate windowStart = sampling.windowStart();
        SpanQuery.Spans spans = cached("standards|" + levels + roles + "|" + AggregateCache.parks(parks) + "|" + windowStart,
                List.of(STANDARD, ENTERPRISE), () -> {
                    boolean any = dsl.fetchExists(dsl.selectOne().from(STANDARD).join(ENTERPRISE)
                            .on(ENTERPRISE.ID.eq(STANDARD.ENTERPRISE_ID)).where(ENTERPRISE.PARK_ID.in(parks)));
                    return new SpanQuery.Spans(any, any ? earliestByCode(where, windowStart) : DaySpans.EMPTY);
                });
        return counting.counts(spans, sampling);
    }

    /** The standards' codes counted on the earliest day each was published, from {@code windowStart} on (null: all). */
    private DaySpans earliestByCode(Condition where, LocalDate windowStart) {
        Map<String, LocalDate> earliest = new HashMap<>();
        JdbcRows.forEach(dsl.select(STANDARD.CODE, STANDARD.PUBLISHED_ON).from(STANDARD).where(where),
                row -> earliest.merge(row.getString(1), JdbcRows.day(row, 2), (a, b) -> a.isBefore(b) ? a : b));
        Map<LocalDate, Long> byDay = new HashMap<>();
        for (LocalDate day : earliest.values()) {
            if (windowStart == null || !day.isBefore(windowStart)) {
                byDay.merge(day, 1L, Long::sum);
            }
        }
        List<SpanQuery.Span> spans = new ArrayList<>(byDay.size());
        byDay.forEach((day, count) -> spans.add(new SpanQuery.Span(day, null, count)));
        return DaySpans.of(spans);
    }

    /** ENTERPRISES_SETTLED: enterprises of the segments (empty = any) in the park at the date. */
    public List<BigDecimal> enterprisesSettled(Collection<Long> parks, Collection<String> segments, Boolean envRelated,
                                               Sampling sampling) {
        Condition where = ENTERPRISE.PARK_ID.in(parks).and(anyOf(ENTERPRISE.SEGMENT, segments))
                .and(envRelated == null ? DSL.noCondition() : ENTERPRISE.ENV_RELATED.eq(envRelated));
        // an enterprise without a settling date has been there since before the ledger was kept
        SpanQuery query = new SpanQuery(ENTERPRISE, ENTERPRISE.ID, ENTERPRISE.SETTLED_ON, ENTERPRISE.LEFT_ON, where,
                true);
        return query.counts(spans("settled|" + segments + envRelated, parks, List.of(ENTERPRISE), query, sampling,
                () -> dsl.fetchExists(ENTERPRISE, ENTERPRISE.PARK_ID.in(parks))), sampling);
    }

    /**
     * ENTERPRISES_WITH_TITLE: enterprises in the park holding the title at the date (LEVEL), or awarded it
     * in the window (SINCE, YEAR_TO_DATE). An enterprise holding the title twice over counts once, so this
     * one joins the sampling dates instead of summing starts and ends.
     */
    public List<BigDecimal> enterprisesWithTitle(Collection<Long> parks, String title, Sampling sampling) {
        return cached("titles|" + title + "|" + AggregateCache.parks(parks) + "|" + sampling,
                List.of(ENTERPRISE_TITLE, ENTERPRISE), () -> titles(parks, title, sampling));
    }

    private List<BigDecimal> titles(Collection<Long> parks, String title, Sampling sampling) {
        boolean any = dsl.fetchExists(dsl.selectOne().from(ENTERPRISE_TITLE).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(ENTERPRISE_TITLE.ENTERPRISE_ID)).where(ENTERPRISE.PARK_ID.in(parks)));
        if (!any) {
            return DeltaSeries.noData(sampling);
        }
        Table<?> points = Calendars.points(sampling);
        Field<LocalDate> day = points.field(Calendars.DAY, LocalDate.class);
        Field<LocalDate> windowStart = points.field(Calendars.WINDOW_START, LocalDate.class);
        Condition counts = switch (sampling.accumulation()) {
            case LEVEL -> ENTERPRISE_TITLE.AWARDED_ON.le(day)
                    .and(ENTERPRISE_TITLE.EXPIRES_ON.isNull().or(ENTERPRISE_TITLE.EXPIRES_ON.gt(day)));
            case SINCE, YEAR_TO_DATE -> ENTERPRISE_TITLE.AWARDED_ON.between(windowStart, day);
        };
        // the enterprise's own days in its join: a join's condition names only the tables joined before it (PostgreSQL)
        Condition inPark = switch (sampling.accumulation()) {
            case LEVEL -> ENTERPRISE.SETTLED_ON.isNull().or(ENTERPRISE.SETTLED_ON.le(day))
                    .and(ENTERPRISE.LEFT_ON.isNull().or(ENTERPRISE.LEFT_ON.gt(day)));
            case SINCE, YEAR_TO_DATE -> DSL.noCondition();
        };
        Map<LocalDate, BigDecimal> byDay = new HashMap<>();
        for (Record2<LocalDate, Integer> r : dsl.select(day, DSL.countDistinct(ENTERPRISE.ID)).from(points)
                .join(ENTERPRISE_TITLE).on(ENTERPRISE_TITLE.TITLE.eq(title).and(counts))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(ENTERPRISE_TITLE.ENTERPRISE_ID).and(ENTERPRISE.PARK_ID.in(parks))
                        .and(inPark))
                .groupBy(day).fetch()) {
            byDay.put(r.value1(), BigDecimal.valueOf(r.value2()));
        }
        List<BigDecimal> values = new ArrayList<>();
        for (LocalDate point : sampling.points()) {
            values.add(byDay.getOrDefault(point, BigDecimal.ZERO));
        }
        return values;
    }

    /** PLATFORMS: innovation platforms of the types and levels (empty = any) approved and not revoked. */
    public List<BigDecimal> platforms(Collection<Long> parks, Collection<String> types, Collection<String> levels,
                                      Sampling sampling) {
        Condition where = INNOVATION_PLATFORM.PARK_ID.in(parks).and(anyOf(INNOVATION_PLATFORM.PLATFORM_TYPE, types))
                .and(anyOf(INNOVATION_PLATFORM.LEVEL, levels));
        SpanQuery query = new SpanQuery(INNOVATION_PLATFORM, INNOVATION_PLATFORM.ID, INNOVATION_PLATFORM.APPROVED_ON,
                INNOVATION_PLATFORM.REVOKED_ON, where, false);
        return query.counts(spans("platforms|" + types + levels, parks, List.of(INNOVATION_PLATFORM), query, sampling,
                () -> dsl.fetchExists(INNOVATION_PLATFORM, INNOVATION_PLATFORM.PARK_ID.in(parks))), sampling);
    }

    /** EVENTS_PER_YEAR: events of the types (empty = any) held; only international ones when asked. */
    public List<BigDecimal> events(Collection<Long> parks, Collection<String> types, boolean internationalOnly,
                                   Sampling sampling) {
        Condition where = PARK_EVENT.PARK_ID.in(parks).and(anyOf(PARK_EVENT.EVENT_TYPE, types))
                .and(internationalOnly ? PARK_EVENT.INTERNATIONAL.isTrue() : DSL.noCondition());
        SpanQuery query = new SpanQuery(PARK_EVENT, PARK_EVENT.ID, PARK_EVENT.HELD_ON, null, where, false);
        return query.counts(spans("events|" + types + internationalOnly, parks, List.of(PARK_EVENT), query, sampling,
                () -> dsl.fetchExists(PARK_EVENT, PARK_EVENT.PARK_ID.in(parks))), sampling);
    }

    /** PROJECTS_COMPLETED: projects of the category (null = any) completed by the date. */
    public List<BigDecimal> projectsCompleted(Collection<Long> parks, String category, Sampling sampling) {
        Condition where = PROJECT.PARK_ID.in(parks).and(PROJECT.STATUS.eq("COMPLETED"))
                .and(category == null ? DSL.noCondition() : PROJECT.CATEGORY.eq(category));
        SpanQuery query = new SpanQuery(PROJECT, PROJECT.ID, PROJECT.ACTUAL_COMPLETION, null, where, false);
        return query.counts(spans("projects|" + category, parks, List.of(PROJECT), query, sampling,
                () -> dsl.fetchExists(PROJECT, PROJECT.PARK_ID.in(parks))), sampling);
    }

    /** METRIC_YEAR_SUM: the metric summed over the year so far (or since a date); null for no figure. */
    public List<BigDecimal> metricSum(Collection<Long> parks, String metric, Sampling sampling) {
        return metrics.sum(parks, metric, sampling);
    }

    /** METRIC_LATEST_SUM: each enterprise's latest figure of a STOCK metric at the date, summed. */
    public List<BigDecimal> metricLatestSum(Collection<Long> parks, String metric, Sampling sampling) {
        return metrics.latestSum(parks, metric, sampling);
    }

    /** METRIC_RATIO: numerator sum / denominator sum * 100 over the same window; null when the denominator is 0. */
    public List<BigDecimal> metricRatio(Collection<Long> parks, String numerator, String denominator,
                                        Sampling sampling) {
        return metrics.ratio(parks, numerator, denominator, sampling);
    }

    /**
     * ENTERPRISES_METRIC_OVER: enterprises whose metric summed over the last complete calendar year at the
     * date (the date's own year on December 31) exceeds {@code threshold} (in the metric's unit).
     */
    public List<BigDecimal> enterprisesMetricOver(Collection<Long> parks, String metric, BigDecimal threshold,
                                                  Sampling sampling) {
        return metrics.enterprisesOver(parks, metric, threshold, sampling);
    }

    /** Granted patents of the parks, from the grant to the lapse; kept per park in {@code park_span} as PATENT. */
    static SpanQuery patentSpans(Collection<Long> parks) {
        var from = PATENT.join(PATENT_OWNER).on(PATENT_OWNER.PATENT_ID.eq(PATENT.ID))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PATENT_OWNER.ENTERPRISE_ID));
        return new SpanQuery(from, PATENT.ID, PATENT.GRANTED_ON, PATENT.LAPSED_ON,
                ENTERPRISE.PARK_ID.in(parks).and(PATENT.GRANTED_ON.isNotNull()), false);
    }

    /** Full-time R&D staff of the parks, from joining to leaving; kept per park in {@code park_span} as STAFF. */
    static SpanQuery staffSpans(Collection<Long> parks) {
        var from = RD_STAFF.join(ENTERPRISE).on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID));
        return new SpanQuery(from, RD_STAFF.ID, RD_STAFF.JOINED_ON, earliest(RD_STAFF.LEFT_ON, ENTERPRISE.LEFT_ON),
                ENTERPRISE.PARK_ID.in(parks).and(RD_STAFF.FULL_TIME.isTrue()), false);
    }

    /**
     * The query's spans from the sampling's window start on, remembered for any sampling with that start. For
     * one park, patents and staff are read from the park's stored spans ({@link IndicatorSummaries}); spans of
     * several parks cannot be added up (a patent co-owned in two parks counts once), so they are computed.
     */
    private SpanQuery.Spans spans(String what, Collection<Long> parks, List<Table<?>> tables, SpanQuery query,
                                  Sampling sampling, java.util.function.BooleanSupplier any) {
        LocalDate windowStart = sampling.windowStart();
        String stored = parks.size() == 1 && !fromRecords ? IndicatorSummaries.spanKind(what) : null;
        return cached(what + "|" + AggregateCache.parks(parks) + "|" + windowStart, tables, () -> {
            boolean exists = any.getAsBoolean();
            if (!exists) {
                return new SpanQuery.Spans(false, DaySpans.EMPTY);
            }
            return new SpanQuery.Spans(true, stored == null ? DaySpans.of(query.spans(dsl, windowStart))
                    : IndicatorSummaries.storedSpans(dsl, parks.iterator().next(), stored).from(windowStart));
        });
    }

    /**
     * What {@code read} gives from the catalog (plans, indicators, metrics), remembered under {@code what} until
     * one of the catalog's tables changes.
     */
    public <T> T catalog(String what, java.util.function.Supplier<T> read) {
        return cached("catalog|" + what, CATALOG, read);
    }

    /**
     * Every metric by code, remembered until the catalog changes: what the evaluation's units and thresholds read,
     * and the ids the metric sums filter by.
     */
    public Map<String, Metric> metricsByCode() {
        return catalog("metrics", () -> {
            Map<String, Metric> byCode = new HashMap<>();
            new PeriodStatRepository(dsl).metrics().forEach(metric -> byCode.put(metric.code(), metric));
            return java.util.Collections.unmodifiableMap(byCode);
        });
    }

    /** {@code compute}'s result, remembered until one of {@code tables} changes. */
    <T> T cached(String key, List<? extends Table<?>> tables, java.util.function.Supplier<T> compute) {
        if (stamps == null) {
            stamps = cache.stamps(dsl);
        }
        return stamps.get(key, tables, compute);
    }

    /** The earlier of two end days, either of which may be unknown (null). */
    static Field<LocalDate> earliest(Field<LocalDate> a, Field<LocalDate> b) {
        return DSL.when(a.isNull(), b).when(b.isNull(), a).when(a.le(b), a).otherwise(b);
    }

    static Condition anyOf(Field<String> field, Collection<String> values) {
        return values == null || values.isEmpty() ? DSL.noCondition() : field.in(values);
    }
}
