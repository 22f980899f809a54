package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.MetricKind;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.jooq.tables.records.PeriodStatRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** The metric catalog and the period statistics of enterprises, addressed by metric code. */
public final class PeriodStatRepository {

    private final DSLContext dsl;
    /** Where {@link #insertAll} notes the figures it adds, in a unit of work; null: the trigger notes them. */
    private final FigureNotes notes;

    public PeriodStatRepository(DSLContext dsl) {
        this(dsl, null);
    }

    PeriodStatRepository(DSLContext dsl, FigureNotes notes) {
        this.dsl = dsl;
        this.notes = notes;
    }

    /** The catalog in its display order. */
    public List<Metric> metrics() {
        return dsl.selectFrom(METRIC).orderBy(METRIC.SORT_ORDER, METRIC.ID)
                .fetch(r -> new Metric(r.getId(), r.getCode(), r.getName(), r.getUnit(),
                        MetricKind.valueOf(r.getValueKind()), r.getSortOrder()));
    }

    /** The values of one enterprise for one period, in catalog order. */
    public List<PeriodStat> find(long enterpriseId, StatPeriod period) {
        return select().where(PERIOD_STAT.ENTERPRISE_ID.eq(enterpriseId))
                .and(PERIOD_STAT.PERIOD_TYPE.eq(period.type().name()))
                .and(PERIOD_STAT.PERIOD_START.eq(period.start()))
                .orderBy(METRIC.SORT_ORDER, METRIC.ID)
                .fetch(PeriodStatRepository::toStat);
    }

    /**
     * The values of many enterprises for one period (an import of a whole park checks and writes thousands of
     * enterprises), in catalog order per enterprise. Unless the enterprises are few among the ledger's, the period is
     * read whole through the metric index ({@code ix_period_stat_metric}: metric, period start, enterprise) and the
     * enterprises picked in Java: by the unique key H2 would read every period of each enterprise (years of months of
     * every metric) to find the one asked for.
     */
    public List<PeriodStat> find(Collection<Long> enterpriseIds, StatPeriod period) {
        if (enterpriseIds.size() < WHOLE_PERIOD_FROM
                && (long) enterpriseIds.size() * PERIODS_READ_PER_ENTERPRISE < dsl.fetchCount(ENTERPRISE)) {
            return findByEnterprise(enterpriseIds, period);
        }
        Set<Long> wanted = new HashSet<>(enterpriseIds);
        List<PeriodStat> found = new ArrayList<>();
        Map<Long, Metric> metricOf = new HashMap<>();
        // one statement per metric: each an exact range of the index (an IN list would read each metric's every period)
        for (Metric metric : metrics()) {
            dsl.select(PERIOD_STAT.ID, PERIOD_STAT.ENTERPRISE_ID, PERIOD_STAT.STAT_VALUE, PERIOD_STAT.SOURCE)
                    .from(PERIOD_STAT)
                    .where(PERIOD_STAT.METRIC_ID.eq(metric.id()))
                    .and(PERIOD_STAT.PERIOD_START.eq(period.start()))
                    .and(PERIOD_STAT.PERIOD_TYPE.eq(period.type().name()))
                    .fetch()
                    .forEach(r -> {
                        if (wanted.contains(r.value2())) {
                            metricOf.put(r.value1(), metric);
                            found.add(new PeriodStat(r.value1(), r.value2(), metric.code(), period,
                                    r.value3().stripTrailingZeros(), r.value4()));
                        }
                    });
        }
        found.sort(Comparator.comparingLong(PeriodStat::enterpriseId)
                .thenComparingInt(stat -> metricOf.get(stat.id()).sortOrder())
                .thenComparingLong(stat -> metricOf.get(stat.id()).id()));
        return found;
    }

    /** From this many enterprises on, {@link #find(Collection, StatPeriod)} reads the period whole. */
    private static final int WHOLE_PERIOD_FROM = 50;
    /**
     * What reading one enterprise by the unique key costs, in enterprises' figures of the period read whole: its every
     * figure (a few years of months, each metric) against one figure per metric. Fewer enterprises than the ledger
     * holds divided by this are read one by one.
     */
    private static final int PERIODS_READ_PER_ENTERPRISE = 20;

    private List<PeriodStat> findByEnterprise(Collection<Long> enterpriseIds, StatPeriod period) {
        List<PeriodStat> found = new ArrayList<>();
        for (List<Long> chunk : chunks(List.copyOf(enterpriseIds))) {
            found.addAll(select().where(PERIOD_STAT.ENTERPRISE_ID.in(chunk))
                    .and(PERIOD_STAT.PERIOD_TYPE.eq(period.type().name()))
                    .and(PERIOD_STAT.PERIOD_START.eq(period.start()))
                    .orderBy(PERIOD_STAT.ENTERPRISE_ID, METRIC.SORT_ORDER, METRIC.ID)
                    .fetch(PeriodStatRepository::toStat));
        }
        return found;
    }

    public Optional<PeriodStat> find(long id) {
        return select().where(PERIOD_STAT.ID.eq(id)).fetchOptional(PeriodStatRepository::toStat);
    }

    /** The periods of one type the enterprise has values for, latest first. */
    public List<StatPeriod> periods(long enterpriseId, PeriodType type) {
        return dsl.selectDistinct(PERIOD_STAT.PERIOD_START).from(PERIOD_STAT)
                .where(PERIOD_STAT.ENTERPRISE_ID.eq(enterpriseId)).and(PERIOD_STAT.PERIOD_TYPE.eq(type.name()))
                .orderBy(PERIOD_STAT.PERIOD_START.desc())
                .fetch(r -> new StatPeriod(type, r.value1()));
    }

    public long insert(PeriodStat stat) {
        return insert(stat, null);
    }

    /**
     * Inserts a value an import brought ({@code importId} null: none). Linking it here, not by a later
     * update of every row, keeps a large import from writing each row and its index entries twice.
     */
    public long insert(PeriodStat stat, Long importId) {
        PeriodStatRecord record = dsl.newRecord(PERIOD_STAT);
        fill(record, stat);
        if (importId != null) {
            record.setImportId(importId);
        }
        record.store();
        return record.getId();
    }

    /**
     * Inserts the values an import brought in one statement per {@link #CHUNK} and returns them as stored
     * (ids assigned, values at the column's scale), in the order given: what {@link #insert(PeriodStat, Long)}
     * and {@link #find(long)} give row by row, without a round trip per row.
     */
    public List<PeriodStat> insertAll(List<PeriodStat> stats, Long importId) {
        Map<String, Long> metricIds = metricIds();
        List<PeriodStat> stored = new ArrayList<>(stats.size());
        for (List<PeriodStat> chunk : chunks(stats)) {
            var insert = dsl.insertInto(PERIOD_STAT, PERIOD_STAT.ENTERPRISE_ID, PERIOD_STAT.METRIC_ID,
                    PERIOD_STAT.PERIOD_TYPE, PERIOD_STAT.PERIOD_START, PERIOD_STAT.PERIOD_END, PERIOD_STAT.STAT_VALUE,
                    PERIOD_STAT.SOURCE, PERIOD_STAT.IMPORT_ID);
            for (PeriodStat stat : chunk) {
                insert = insert.values(stat.enterpriseId(), metricId(metricIds, stat.metricCode()),
                        stat.period().type().name(), stat.period().start(), stat.period().end(), stat.value(),
                        stat.source(), importId);
            }
            // the unique key (enterprise, metric, period) finds each row's id and stored value, whatever order comes back
            Map<String, Record> byKey = new HashMap<>();
            var returning = insert.returningResult(PERIOD_STAT.ID, PERIOD_STAT.ENTERPRISE_ID, PERIOD_STAT.METRIC_ID,
                    PERIOD_STAT.PERIOD_TYPE, PERIOD_STAT.PERIOD_START, PERIOD_STAT.STAT_VALUE);
            // in a unit of work the added figures are noted here, set-wise, instead of one trigger note per row
            (notes == null ? returning.fetch() : FigureNotes.inserting(dsl, returning::fetch))
                    .forEach(r -> byKey.put(key(r.value2(), r.value3(), r.value4(), r.value5()), r));
            for (PeriodStat stat : chunk) {
                Record r = byKey.get(key(stat.enterpriseId(), metricIds.get(stat.metricCode()),
                        stat.period().type().name(), stat.period().start()));
                if (notes != null) {
                    notes.added(stat.enterpriseId(), metricIds.get(stat.metricCode()), stat.period().type().name(),
                            stat.period().start(), stat.period().end(), r.get(PERIOD_STAT.STAT_VALUE));
                }
                stored.add(new PeriodStat(r.get(PERIOD_STAT.ID), stat.enterpriseId(), stat.metricCode(), stat.period(),
                        r.get(PERIOD_STAT.STAT_VALUE).stripTrailingZeros(), stat.source()));
            }
        }
        return stored;
    }

    /**
     * Gives existing values (same id, enterprise, metric and period) a new figure and source, linked to the
     * import, in JDBC batches; returns them as stored, in the order given: {@link #update(PeriodStat, Long)}
     * and {@link #find(long)} for many rows at once.
     */
    public List<PeriodStat> updateAll(List<PeriodStat> stats, Long importId) {
        Map<String, Long> metricIds = metricIds();
        List<PeriodStat> stored = new ArrayList<>(stats.size());
        for (List<PeriodStat> chunk : chunks(stats)) {
            var batch = dsl.batch(dsl.update(PERIOD_STAT)
                    .set(PERIOD_STAT.STAT_VALUE, DSL.param("value", PERIOD_STAT.STAT_VALUE))
                    .set(PERIOD_STAT.SOURCE, DSL.param("source", PERIOD_STAT.SOURCE))
                    .set(PERIOD_STAT.IMPORT_ID, DSL.param("import", PERIOD_STAT.IMPORT_ID))
                    .where(PERIOD_STAT.ID.eq(DSL.param("id", PERIOD_STAT.ID))));
            for (PeriodStat stat : chunk) {
                batch = batch.bind(stat.value(), stat.source(), importId, stat.id());
            }
            batch.execute();
            Map<Long, PeriodStat> byId = new HashMap<>();
            select().where(PERIOD_STAT.ID.in(chunk.stream().map(PeriodStat::id).toList()))
                    .fetch(PeriodStatRepository::toStat).forEach(s -> byId.put(s.id(), s));
            chunk.forEach(stat -> stored.add(byId.get(stat.id())));
        }
        return stored;
    }

    /** Rows per statement of the set-wise reads and writes: a few round trips, bounded memory. */
    public static final int CHUNK = 1_000;

    private static <T> List<List<T>> chunks(List<T> all) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private Map<String, Long> metricIds() {
        return dsl.select(METRIC.CODE, METRIC.ID).from(METRIC).fetchMap(METRIC.CODE, METRIC.ID);
    }

    private static long metricId(Map<String, Long> metricIds, String code) {
        Long id = metricIds.get(code);
        if (id == null) {
            throw new IllegalArgumentException("No metric with code " + code);
        }
        return id;
    }

    private static String key(long enterpriseId, long metricId, String type, java.time.LocalDate start) {
        return enterpriseId + "|" + metricId + "|" + type + "|" + start;
    }

    /** Inserts the value under its own id again: the undo of a delete. */
    public void restore(PeriodStat stat) {
        PeriodStatRecord record = dsl.newRecord(PERIOD_STAT);
        fill(record, stat);
        record.setId(stat.id());
        record.insert();
    }

    public void update(PeriodStat stat) {
        update(stat, null);
    }

    /** Updates a value, linking it to the import that changed it ({@code importId} null: the link is left as it is). */
    public void update(PeriodStat stat, Long importId) {
        PeriodStatRecord record = dsl.newRecord(PERIOD_STAT);
        fill(record, stat);
        if (importId != null) {
            record.setImportId(importId);
        }
        dsl.update(PERIOD_STAT).set(record).where(PERIOD_STAT.ID.eq(stat.id())).execute();
    }

    public void delete(long id) {
        dsl.deleteFrom(PERIOD_STAT).where(PERIOD_STAT.ID.eq(id)).execute();
    }

    private void fill(PeriodStatRecord record, PeriodStat stat) {
        Long metricId = dsl.select(METRIC.ID).from(METRIC).where(METRIC.CODE.eq(stat.metricCode())).fetchOne(METRIC.ID);
        if (metricId == null) {
            throw new IllegalArgumentException("No metric with code " + stat.metricCode());
        }
        record.setEnterpriseId(stat.enterpriseId());
        record.setMetricId(metricId);
        record.setPeriodType(stat.period().type().name());
        record.setPeriodStart(stat.period().start());
        record.setPeriodEnd(stat.period().end());
        record.setStatValue(stat.value());
        record.setSource(stat.source());
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(PERIOD_STAT.asterisk(), METRIC.CODE, METRIC.SORT_ORDER).from(PERIOD_STAT)
                .join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID));
    }

    private static PeriodStat toStat(Record r) {
        StatPeriod period = new StatPeriod(PeriodType.valueOf(r.get(PERIOD_STAT.PERIOD_TYPE)), r.get(PERIOD_STAT.PERIOD_START));
        return new PeriodStat(r.get(PERIOD_STAT.ID), r.get(PERIOD_STAT.ENTERPRISE_ID), r.get(METRIC.CODE), period,
                r.get(PERIOD_STAT.STAT_VALUE).stripTrailingZeros(), r.get(PERIOD_STAT.SOURCE));
    }
}
