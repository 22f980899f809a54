package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_ENTERPRISE_YEAR;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ecopark.ledger.persistence.jooq.tables.records.StatEnterpriseYearRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.InsertValuesStep5;
import org.jooq.Record5;
import org.jooq.Select;

/**
 * Each enterprise's sum of a metric's figures over a calendar year, kept by {@link IndicatorSummaries} in
 * {@code stat_enterprise_year}: one row per (park, metric, year) whose value packs the sums of all its enterprises
 * ({@link PackedYearSums}, V1.15). Writers replace a row whole; readers unpack it.
 */
final class EnterpriseYearSums {

    /** One enterprise's sum of a metric over a year. */
    record Sum(long parkId, long metricId, int year, long enterpriseId, BigDecimal total) {
    }

    /** The (park, metric, year) a packed row holds the sums of. */
    private record Key(long parkId, long metricId, int year) {
    }

    private final DSLContext dsl;

    EnterpriseYearSums(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the sums {@code sums} selects, as (park, metric, year, enterprise, total), packed per (park, metric,
     * year); those rows must not be stored yet (the caller deleted them).
     */
    void insert(Select<Record5<Long, Long, Integer, Long, BigDecimal>> sums) {
        Map<Key, Map<Long, BigDecimal>> grouped = new LinkedHashMap<>();
        sums.fetch().forEach(r -> grouped.computeIfAbsent(new Key(r.value1(), r.value2(), r.value3()),
                key -> new HashMap<>()).put(r.value4(), r.value5()));
        if (grouped.isEmpty()) {
            return;
        }
        var insert = insertInto();
        for (Map.Entry<Key, Map<Long, BigDecimal>> row : grouped.entrySet()) {
            Key key = row.getKey();
            insert = insert.values(key.parkId(), key.metricId(), key.year(), PackedYearSums.pack(row.getValue()),
                    row.getValue().size());
        }
        insert.execute();
    }

    /**
     * The kept sums of the park's enterprises of each metric over a year, by metric, then enterprise; an empty map for
     * a metric none is kept of.
     */
    Map<Long, SortedMap<Long, BigDecimal>> read(long park, Collection<Long> metrics, int year) {
        Map<Long, SortedMap<Long, BigDecimal>> sums = new HashMap<>();
        metrics.forEach(metric -> sums.put(metric, new TreeMap<>()));
        dsl.select(STAT_ENTERPRISE_YEAR.METRIC_ID, STAT_ENTERPRISE_YEAR.TOTALS).from(STAT_ENTERPRISE_YEAR)
                .where(of(park, metrics, year))
                .forEach(r -> sums.put(r.value1(), PackedYearSums.unpack(r.value2())));
        return sums;
    }

    /**
     * Replaces the kept sums of the park's enterprises over a year of each metric {@code sums} names with its sums,
     * by enterprise; a metric's empty sums leave it none kept.
     */
    void replace(long park, int year, Map<Long, ? extends Map<Long, BigDecimal>> sums) {
        if (sums.isEmpty()) {
            return;
        }
        delete(park, sums.keySet(), year);
        var insert = insertInto();
        boolean any = false;
        for (Map.Entry<Long, ? extends Map<Long, BigDecimal>> metric : sums.entrySet()) {
            if (!metric.getValue().isEmpty()) {
                insert = insert.values(park, metric.getKey(), year, PackedYearSums.pack(metric.getValue()),
                        metric.getValue().size());
                any = true;
            }
        }
        if (any) {
            insert.execute();
        }
    }

    /** Deletes the kept sums of the park's enterprises of the metrics over a year. */
    void delete(long park, Collection<Long> metrics, int year) {
        dsl.deleteFrom(STAT_ENTERPRISE_YEAR).where(of(park, metrics, year)).execute();
    }

    /** Deletes the kept sums of the park's enterprises: of a metric over a year, or with a null metric all of them. */
    void delete(long park, Long metric, int year) {
        dsl.deleteFrom(STAT_ENTERPRISE_YEAR).where(metric == null ? STAT_ENTERPRISE_YEAR.PARK_ID.eq(park)
                : of(park, metric, year)).execute();
    }

    /** Deletes every kept sum of every park. */
    void deleteAll() {
        dsl.deleteFrom(STAT_ENTERPRISE_YEAR).execute();
    }

    /** The packed row of the park's sums of a metric over a year. */
    private static Condition of(long park, long metric, int year) {
        return STAT_ENTERPRISE_YEAR.PARK_ID.eq(park).and(STAT_ENTERPRISE_YEAR.METRIC_ID.eq(metric))
                .and(STAT_ENTERPRISE_YEAR.STAT_YEAR.eq(year));
    }

    /** The packed rows of the park's sums of the metrics over a year. */
    private static Condition of(long park, Collection<Long> metrics, int year) {
        return STAT_ENTERPRISE_YEAR.PARK_ID.eq(park).and(STAT_ENTERPRISE_YEAR.METRIC_ID.in(metrics))
                .and(STAT_ENTERPRISE_YEAR.STAT_YEAR.eq(year));
    }

    /** An insert of packed rows, every column named. */
    private InsertValuesStep5<StatEnterpriseYearRecord, Long, Long, Integer, byte[], Integer> insertInto() {
        return dsl.insertInto(STAT_ENTERPRISE_YEAR, STAT_ENTERPRISE_YEAR.PARK_ID, STAT_ENTERPRISE_YEAR.METRIC_ID,
                STAT_ENTERPRISE_YEAR.STAT_YEAR, STAT_ENTERPRISE_YEAR.TOTALS, STAT_ENTERPRISE_YEAR.ENTERPRISES);
    }

    /** Every kept sum of the park, unpacked. */
    List<Sum> ofPark(long park) {
        List<Sum> sums = new ArrayList<>();
        dsl.select(STAT_ENTERPRISE_YEAR.METRIC_ID, STAT_ENTERPRISE_YEAR.STAT_YEAR, STAT_ENTERPRISE_YEAR.TOTALS)
                .from(STAT_ENTERPRISE_YEAR).where(STAT_ENTERPRISE_YEAR.PARK_ID.eq(park))
                .forEach(r -> PackedYearSums.unpack(r.value3()).forEach((enterprise, total) ->
                        sums.add(new Sum(park, r.value1(), r.value2(), enterprise, total))));
        return sums;
    }

    /** The kept sums of a metric over every year, of the enterprises of {@code parks}, by year. */
    Map<Integer, List<BigDecimal>> byYear(Collection<Long> parks, long metric) {
        Map<Integer, List<BigDecimal>> years = new TreeMap<>();
        dsl.select(STAT_ENTERPRISE_YEAR.STAT_YEAR, STAT_ENTERPRISE_YEAR.TOTALS).from(STAT_ENTERPRISE_YEAR)
                .where(STAT_ENTERPRISE_YEAR.PARK_ID.in(parks)).and(STAT_ENTERPRISE_YEAR.METRIC_ID.eq(metric))
                .forEach(r -> years.computeIfAbsent(r.value1(), year -> new ArrayList<>())
                        .addAll(PackedYearSums.unpack(r.value2()).values()));
        return years;
    }

    /** The kept sums of a year of the metrics with the codes {@code metricCodes}, by enterprise, then metric code. */
    Map<Long, Map<String, BigDecimal>> ofYear(Collection<Long> parks, Collection<String> metricCodes, int year) {
        Map<Long, Map<String, BigDecimal>> sums = new HashMap<>();
        dsl.select(METRIC.CODE, STAT_ENTERPRISE_YEAR.TOTALS).from(STAT_ENTERPRISE_YEAR)
                .join(METRIC).on(METRIC.ID.eq(STAT_ENTERPRISE_YEAR.METRIC_ID))
                .where(STAT_ENTERPRISE_YEAR.PARK_ID.in(parks)).and(METRIC.CODE.in(metricCodes))
                .and(STAT_ENTERPRISE_YEAR.STAT_YEAR.eq(year))
                .forEach(r -> PackedYearSums.unpack(r.value2()).forEach((enterprise, total) ->
                        sums.computeIfAbsent(enterprise, e -> new HashMap<>()).put(r.value1(), total)));
        return sums;
    }
}
