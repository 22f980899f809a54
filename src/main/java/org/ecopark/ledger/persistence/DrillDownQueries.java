package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE_TITLE;
import static org.ecopark.ledger.persistence.jooq.Tables.INNOVATION_PLATFORM;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_EVENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT_OWNER;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT;
import static org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF;
import static org.ecopark.ledger.persistence.jooq.Tables.STANDARD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.DrillDownRow;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.jooq.tables.PeriodStat;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record6;
import org.jooq.impl.DSL;

/**
 * The records behind a count at one date: the same conditions as {@link IndicatorQueries}, listed
 * instead of counted, newest first and cut off at a limit (a large park has a hundred thousand patents).
 * Each method returns the rows and, through {@link Page}, how many there are in all.
 */
public final class DrillDownQueries {

    /** Some rows of a longer list. */
    public record Page(List<DrillDownRow> rows, int total) {
    }

    private final DSLContext dsl;

    public DrillDownQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The patents counted, with their owners in the park as detail. */
    public Page patents(Collection<Long> parks, Sampling at, int limit) {
        Condition counted = ENTERPRISE.PARK_ID.in(parks).and(PATENT.GRANTED_ON.isNotNull())
                .and(window(PATENT.GRANTED_ON, at))
                .and(at.accumulation() == Sampling.Accumulation.YEAR_TO_DATE ? DSL.noCondition()
                        : PATENT.LAPSED_ON.isNull().or(PATENT.LAPSED_ON.gt(at.last())));
        var owned = PATENT.join(PATENT_OWNER).on(PATENT_OWNER.PATENT_ID.eq(PATENT.ID))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PATENT_OWNER.ENTERPRISE_ID));
        int total = dsl.fetchValue(dsl.select(DSL.countDistinct(PATENT.ID)).from(owned).where(counted));
        var patents = dsl.selectDistinct(PATENT.ID, PATENT.NUMBER, PATENT.TITLE, PATENT.GRANTED_ON).from(owned)
                .where(counted).orderBy(PATENT.GRANTED_ON.desc(), PATENT.ID.desc()).limit(limit).fetch();
        Map<Long, List<String>> owners = new LinkedHashMap<>();
        List<Long> ids = patents.map(r -> r.value1());
        dsl.select(PATENT_OWNER.PATENT_ID, ENTERPRISE.NAME).from(PATENT_OWNER).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(PATENT_OWNER.ENTERPRISE_ID)).where(PATENT_OWNER.PATENT_ID.in(ids))
                .orderBy(PATENT_OWNER.PATENT_ID, PATENT_OWNER.OWNER_ORDER)
                .forEach(r -> owners.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        List<DrillDownRow> rows = new ArrayList<>();
        for (var r : patents) {
            rows.add(new DrillDownRow("patent", r.value1(), r.value2() + " " + r.value3(), r.value4(),
                    String.join("; ", owners.getOrDefault(r.value1(), List.of()))));
        }
        return new Page(rows, total);
    }

    /** The full-time R&D staff employed at the date, with their enterprise. */
    public Page staff(Collection<Long> parks, Sampling at, int limit) {
        LocalDate day = at.last();
        Field<LocalDate> leaves = IndicatorQueries.earliest(RD_STAFF.LEFT_ON, ENTERPRISE.LEFT_ON);
        Condition counted = ENTERPRISE.PARK_ID.in(parks).and(RD_STAFF.FULL_TIME.isTrue())
                .and(window(RD_STAFF.JOINED_ON, at))
                .and(at.accumulation() == Sampling.Accumulation.YEAR_TO_DATE ? DSL.noCondition()
                        : leaves.isNull().or(leaves.gt(day)));
        var from = RD_STAFF.join(ENTERPRISE).on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID));
        return page(dsl.fetchCount(from, counted), dsl.select(RD_STAFF.ID, RD_STAFF.NAME, RD_STAFF.JOINED_ON,
                ENTERPRISE.NAME).from(from).where(counted).orderBy(RD_STAFF.JOINED_ON.desc(), RD_STAFF.ID.desc())
                .limit(limit).fetch(r -> new DrillDownRow("rd_staff", r.value1(), r.value2(), r.value3(), r.value4())));
    }

    /** The standards counted (one row per code, the first enterprise's record), with the enterprises. */
    public Page standards(Collection<Long> parks, Collection<String> levels, Collection<String> roles, Sampling at,
                          int limit) {
        Condition drafted = ENTERPRISE.PARK_ID.in(parks).and(STANDARD.PUBLISHED_ON.isNotNull())
                .and(IndicatorQueries.anyOf(STANDARD.LEVEL, levels)).and(IndicatorQueries.anyOf(STANDARD.ROLE, roles));
        var from = STANDARD.join(ENTERPRISE).on(ENTERPRISE.ID.eq(STANDARD.ENTERPRISE_ID));
        var codes = dsl.select(STANDARD.CODE, DSL.min(STANDARD.PUBLISHED_ON), DSL.min(STANDARD.ID),
                        DSL.min(STANDARD.TITLE))
                .from(from).where(drafted).groupBy(STANDARD.CODE)
                .having(window(DSL.min(STANDARD.PUBLISHED_ON), at)).orderBy(DSL.min(STANDARD.PUBLISHED_ON).desc())
                .fetch();
        List<DrillDownRow> rows = new ArrayList<>();
        for (var r : codes.subList(0, Math.min(limit, codes.size()))) {
            rows.add(new DrillDownRow("standard", r.value3(), r.value1() + " " + r.value4(), r.value2(), ""));
        }
        return new Page(rows, codes.size());
    }

    /** The enterprises in the park at the date. */
    public Page enterprises(Collection<Long> parks, Collection<String> segments, Boolean envRelated, Sampling at,
                            int limit) {
        LocalDate day = at.last();
        Condition counted = ENTERPRISE.PARK_ID.in(parks).and(IndicatorQueries.anyOf(ENTERPRISE.SEGMENT, segments))
                .and(envRelated == null ? DSL.noCondition() : ENTERPRISE.ENV_RELATED.eq(envRelated))
                .and(at.accumulation() == Sampling.Accumulation.LEVEL
                        ? ENTERPRISE.SETTLED_ON.isNull().or(ENTERPRISE.SETTLED_ON.le(day))
                        : window(ENTERPRISE.SETTLED_ON, at))
                .and(at.accumulation() == Sampling.Accumulation.YEAR_TO_DATE ? DSL.noCondition()
                        : ENTERPRISE.LEFT_ON.isNull().or(ENTERPRISE.LEFT_ON.gt(day)));
        return page(dsl.fetchCount(ENTERPRISE, counted), dsl.select(ENTERPRISE.ID, ENTERPRISE.NAME,
                ENTERPRISE.SETTLED_ON, ENTERPRISE.USCC).from(ENTERPRISE).where(counted)
                .orderBy(ENTERPRISE.SETTLED_ON.desc().nullsLast(), ENTERPRISE.ID.desc()).limit(limit)
                .fetch(r -> new DrillDownRow("enterprise", r.value1(), r.value2(), r.value3(), r.value4())));
    }

    /** The enterprises holding (or awarded) the title, one row per title record. */
    public Page titles(Collection<Long> parks, String title, Sampling at, int limit) {
        LocalDate day = at.last();
        Condition counted = ENTERPRISE.PARK_ID.in(parks).and(ENTERPRISE_TITLE.TITLE.eq(title))
                .and(at.accumulation() == Sampling.Accumulation.LEVEL
                        ? ENTERPRISE_TITLE.AWARDED_ON.le(day)
                                .and(ENTERPRISE_TITLE.EXPIRES_ON.isNull().or(ENTERPRISE_TITLE.EXPIRES_ON.gt(day)))
                                .and(ENTERPRISE.SETTLED_ON.isNull().or(ENTERPRISE.SETTLED_ON.le(day)))
                                .and(ENTERPRISE.LEFT_ON.isNull().or(ENTERPRISE.LEFT_ON.gt(day)))
                        : window(ENTERPRISE_TITLE.AWARDED_ON, at));
        var from = ENTERPRISE_TITLE.join(ENTERPRISE).on(ENTERPRISE.ID.eq(ENTERPRISE_TITLE.ENTERPRISE_ID));
        return page(dsl.fetchCount(from, counted), dsl.select(ENTERPRISE.ID, ENTERPRISE.NAME,
                ENTERPRISE_TITLE.AWARDED_ON, ENTERPRISE_TITLE.CERTIFICATE_NO).from(from).where(counted)
                .orderBy(ENTERPRISE_TITLE.AWARDED_ON.desc(), ENTERPRISE_TITLE.ID.desc()).limit(limit)
                .fetch(r -> new DrillDownRow("enterprise", r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? "" : r.value4())));
    }

    public Page platforms(Collection<Long> parks, Collection<String> types, Collection<String> levels, Sampling at,
                          int limit) {
        Condition counted = INNOVATION_PLATFORM.PARK_ID.in(parks)
                .and(IndicatorQueries.anyOf(INNOVATION_PLATFORM.PLATFORM_TYPE, types))
                .and(IndicatorQueries.anyOf(INNOVATION_PLATFORM.LEVEL, levels))
                .and(window(INNOVATION_PLATFORM.APPROVED_ON, at))
                .and(at.accumulation() == Sampling.Accumulation.YEAR_TO_DATE ? DSL.noCondition()
                        : INNOVATION_PLATFORM.REVOKED_ON.isNull().or(INNOVATION_PLATFORM.REVOKED_ON.gt(at.last())));
        return page(dsl.fetchCount(INNOVATION_PLATFORM, counted), dsl.select(INNOVATION_PLATFORM.ID,
                INNOVATION_PLATFORM.NAME, INNOVATION_PLATFORM.APPROVED_ON, INNOVATION_PLATFORM.APPROVED_BY)
                .from(INNOVATION_PLATFORM).where(counted)
                .orderBy(INNOVATION_PLATFORM.APPROVED_ON.desc(), INNOVATION_PLATFORM.ID.desc()).limit(limit)
                .fetch(r -> new DrillDownRow("innovation_platform", r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? "" : r.value4())));
    }

    public Page events(Collection<Long> parks, Collection<String> types, boolean internationalOnly, Sampling at,
                       int limit) {
        Condition counted = PARK_EVENT.PARK_ID.in(parks).and(IndicatorQueries.anyOf(PARK_EVENT.EVENT_TYPE, types))
                .and(internationalOnly ? PARK_EVENT.INTERNATIONAL.isTrue() : DSL.noCondition())
                .and(window(PARK_EVENT.HELD_ON, at));
        return page(dsl.fetchCount(PARK_EVENT, counted), dsl.select(PARK_EVENT.ID, PARK_EVENT.TITLE,
                PARK_EVENT.HELD_ON, PARK_EVENT.LOCATION).from(PARK_EVENT).where(counted)
                .orderBy(PARK_EVENT.HELD_ON.desc(), PARK_EVENT.ID.desc()).limit(limit)
                .fetch(r -> new DrillDownRow("park_event", r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? "" : r.value4())));
    }

    public Page projects(Collection<Long> parks, String category, Sampling at, int limit) {
        Condition counted = PROJECT.PARK_ID.in(parks).and(PROJECT.STATUS.eq("COMPLETED"))
                .and(category == null ? DSL.noCondition() : PROJECT.CATEGORY.eq(category))
                .and(window(PROJECT.ACTUAL_COMPLETION, at));
        return page(dsl.fetchCount(PROJECT, counted), dsl.select(PROJECT.ID, PROJECT.NAME, PROJECT.ACTUAL_COMPLETION,
                PROJECT.NOTE).from(PROJECT).where(counted)
                .orderBy(PROJECT.ACTUAL_COMPLETION.desc(), PROJECT.ID.desc()).limit(limit)
                .fetch(r -> new DrillDownRow("project", r.value1(), r.value2(), r.value3(),
                        r.value4() == null ? "" : r.value4())));
    }

    /**
     * Each enterprise's share of metric sums over the window of the sampling's last point (the year so far,
     * or since a day), largest first: detail is "name value unit" per metric ({@link #figure}). With a
     * {@code threshold}, only enterprises whose first metric exceeds it over the last complete year.
     */
    public Page metricShares(Collection<Long> parks, List<String> metrics, BigDecimal threshold, Sampling at,
                             int limit) {
        PeriodStat p = PERIOD_STAT.as("p");
        LocalDate from;
        LocalDate to;
        if (threshold != null) {
            int year = MetricQueries.completeYear(at.last());
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
        } else {
            LocalDate start = at.accumulation() == Sampling.Accumulation.SINCE ? at.since() : at.last().withDayOfYear(1);
            from = start;
            to = at.last();
        }
        Map<Long, Map<String, BigDecimal>> shares = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        boolean wholeYear = from.getDayOfYear() == 1 && to.equals(LocalDate.of(from.getYear(), 12, 31));
        if (wholeYear) {
            // a calendar year's sum of each enterprise is kept by every writer (IndicatorSummaries): one packed row per
            // metric instead of its year of monthly figures
            Map<Long, Map<String, BigDecimal>> kept = new EnterpriseYearSums(dsl).ofYear(parks, metrics, from.getYear());
            dsl.select(ENTERPRISE.ID, ENTERPRISE.NAME).from(ENTERPRISE).where(ENTERPRISE.PARK_ID.in(parks))
                    .orderBy(ENTERPRISE.ID).forEach(r -> {
                        Map<String, BigDecimal> sums = kept.get(r.value1());
                        if (sums != null) {
                            names.put(r.value1(), r.value2());
                            shares.put(r.value1(), sums);
                        }
                    });
        } else {
            dsl.select(ENTERPRISE.ID, ENTERPRISE.NAME, METRIC.CODE, DSL.sum(p.STAT_VALUE))
                    .from(p).join(ENTERPRISE).on(ENTERPRISE.ID.eq(p.ENTERPRISE_ID)).join(METRIC).on(METRIC.ID.eq(p.METRIC_ID))
                    .where(ENTERPRISE.PARK_ID.in(parks)).and(METRIC.CODE.in(metrics))
                    .and(p.PERIOD_START.ge(from)).and(p.PERIOD_END.le(to)).and(MetricQueries.finest(p))
                    .groupBy(ENTERPRISE.ID, ENTERPRISE.NAME, METRIC.CODE)
                    .forEach(r -> {
                        names.put(r.value1(), r.value2());
                        shares.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>()).put(r.value3(), r.value4());
                    });
        }
        String first = metrics.get(0);
        List<Long> ids = new ArrayList<>(shares.keySet());
        ids.removeIf(id -> threshold != null && shares.get(id).getOrDefault(first, BigDecimal.ZERO).compareTo(threshold) <= 0);
        ids.sort(java.util.Comparator.comparing((Long id) -> shares.get(id).getOrDefault(first, BigDecimal.ZERO)).reversed());
        List<DrillDownRow> rows = new ArrayList<>();
        Map<String, String[]> labels = metricLabels(metrics);
        List<Long> listed = ids.subList(0, Math.min(limit, ids.size()));
        Map<Long, StatPeriod> periods = latestPeriods(listed, first, from, to);
        for (Long id : listed) {
            List<String> parts = new ArrayList<>();
            for (String metric : metrics) {
                parts.add(figure(labels, metric, shares.get(id).get(metric)));
            }
            rows.add(new DrillDownRow("enterprise", id, names.get(id), to, String.join("; ", parts), periods.get(id)));
        }
        return new Page(rows, ids.size());
    }

    /** Each enterprise's latest figure of a STOCK metric at the date, largest first; detail as {@link #figure}. */
    public Page latestFigures(Collection<Long> parks, String metric, Sampling at, int limit) {
        LocalDate day = at.last();
        var latest = dsl.select(PERIOD_STAT.ENTERPRISE_ID, DSL.max(PERIOD_STAT.PERIOD_END).as("last_end"))
                .from(PERIOD_STAT).join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PERIOD_STAT.ENTERPRISE_ID))
                .where(ENTERPRISE.PARK_ID.in(parks)).and(METRIC.CODE.eq(metric)).and(PERIOD_STAT.PERIOD_END.le(day))
                .and(ENTERPRISE.LEFT_ON.isNull().or(ENTERPRISE.LEFT_ON.gt(day)))
                .groupBy(PERIOD_STAT.ENTERPRISE_ID).asTable("l");
        Field<Long> enterpriseId = latest.field(PERIOD_STAT.ENTERPRISE_ID);
        Field<LocalDate> lastEnd = latest.field("last_end", LocalDate.class);
        // of two figures ending the same day the one of the shorter period (the later start) is the latest, as the
        // evaluation takes it; the list then shows the largest first
        Map<Long, Record6<Long, String, LocalDate, BigDecimal, String, LocalDate>> latestOf = new LinkedHashMap<>();
        dsl.select(ENTERPRISE.ID, ENTERPRISE.NAME, PERIOD_STAT.PERIOD_END, PERIOD_STAT.STAT_VALUE,
                        PERIOD_STAT.PERIOD_TYPE, PERIOD_STAT.PERIOD_START)
                .from(latest).join(PERIOD_STAT).on(PERIOD_STAT.ENTERPRISE_ID.eq(enterpriseId)
                        .and(PERIOD_STAT.PERIOD_END.eq(lastEnd)))
                .join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID).and(METRIC.CODE.eq(metric)))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(enterpriseId))
                .orderBy(ENTERPRISE.ID, PERIOD_STAT.PERIOD_START.desc())
                .forEach(r -> latestOf.putIfAbsent(r.value1(), r));
        Map<String, String[]> labels = metricLabels(List.of(metric));
        List<DrillDownRow> all = latestOf.values().stream()
                .sorted(java.util.Comparator.comparing(
                                (Record6<Long, String, LocalDate, BigDecimal, String, LocalDate> r) -> r.value4())
                        .reversed().thenComparing(r -> r.value1()))
                .map(r -> new DrillDownRow("enterprise", r.value1(), r.value2(), r.value3(), figure(labels, metric, r.value4()),
                        new StatPeriod(PeriodType.valueOf(r.value5()), r.value6())))
                .toList();
        return new Page(all.subList(0, Math.min(limit, all.size())), all.size());
    }

    /**
     * Of each enterprise, the latest period within the days whose figure of the metric is summed (the finest
     * entered): where its statistics show the last figure behind its share. The metric's figures of those days are
     * read through its index range, and the finest of each enterprise is chosen here: a list of enterprise ids in the
     * query made H2 look at every figure of each of them.
     */
    private Map<Long, StatPeriod> latestPeriods(Collection<Long> enterprises, String metric, LocalDate from,
                                                LocalDate to) {
        Map<Long, StatPeriod> periods = new LinkedHashMap<>();
        if (enterprises.isEmpty()) {
            return periods;
        }
        Set<Long> wanted = new HashSet<>(enterprises);
        Map<Long, List<StatPeriod>> entered = new HashMap<>();
        dsl.select(PERIOD_STAT.ENTERPRISE_ID, PERIOD_STAT.PERIOD_TYPE, PERIOD_STAT.PERIOD_START).from(PERIOD_STAT)
                .where(PERIOD_STAT.METRIC_ID.eq(DSL.select(METRIC.ID).from(METRIC).where(METRIC.CODE.eq(metric))))
                .and(PERIOD_STAT.PERIOD_START.ge(from)).and(PERIOD_STAT.PERIOD_END.le(to))
                .forEach(r -> {
                    if (wanted.contains(r.value1())) {
                        entered.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                                .add(new StatPeriod(PeriodType.valueOf(r.value2()), r.value3()));
                    }
                });
        for (Long id : enterprises) {
            List<StatPeriod> figures = entered.get(id);
            if (figures != null) {
                figures.stream().filter(period -> finest(period, figures))
                        .max(Comparator.comparing(StatPeriod::end).thenComparing(StatPeriod::start))
                        .ifPresent(period -> periods.put(id, period));
            }
        }
        return periods;
    }

    /** As {@link MetricQueries#finest}: a month, or a longer period none of whose finer periods was entered. */
    private static boolean finest(StatPeriod period, List<StatPeriod> entered) {
        return period.type() == PeriodType.MONTH || entered.stream().noneMatch(finer -> finerType(finer, period)
                && !finer.start().isBefore(period.start()) && !finer.start().isAfter(period.end()));
    }

    private static boolean finerType(StatPeriod finer, StatPeriod period) {
        return finer.type() == PeriodType.MONTH
                || period.type() == PeriodType.YEAR && finer.type() == PeriodType.QUARTER;
    }

    /** The metrics' names and units by code, as a figure's detail shows them. */
    private Map<String, String[]> metricLabels(Collection<String> codes) {
        Map<String, String[]> labels = new LinkedHashMap<>();
        dsl.select(METRIC.CODE, METRIC.NAME, METRIC.UNIT).from(METRIC).where(METRIC.CODE.in(codes))
                .forEach(r -> labels.put(r.value1(), new String[] {r.value2(), r.value3()}));
        return labels;
    }

    /** A figure as the records list shows it: "主营业务收入 212218.59 万元", "-" for none; the code if the metric is unknown. */
    static String figure(Map<String, String[]> labels, String metric, BigDecimal value) {
        String[] label = labels.getOrDefault(metric, new String[] {metric, ""});
        if (value == null) {
            return label[0] + " -";
        }
        String unit = label[1] == null || label[1].isBlank() ? "" : " " + label[1];
        return label[0] + " " + Decimals.text(value) + unit;
    }

    /** The day condition of a sampling's last point: on or before it, and within the window when there is one. */
    private static Condition window(Field<LocalDate> day, Sampling at) {
        LocalDate start = at.at(at.last()).windowStart();
        return start == null ? day.le(at.last()) : day.between(start, at.last());
    }

    private static Page page(int total, List<DrillDownRow> rows) {
        return new Page(rows, total);
    }
}
