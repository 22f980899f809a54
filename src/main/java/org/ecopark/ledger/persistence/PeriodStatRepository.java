package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;

import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.MetricKind;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.jooq.tables.records.PeriodStatRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The metric catalog and the period statistics of enterprises, addressed by metric code. */
public final class PeriodStatRepository {

    private final DSLContext dsl;
    private final IndicatorSummaries summaries;

    public PeriodStatRepository(DSLContext dsl) {
        this(dsl, IndicatorSummaries.immediate(dsl));
    }

    /** @param summaries told of every figure written, to keep the park sums current */
    PeriodStatRepository(DSLContext dsl, IndicatorSummaries summaries) {
        this.dsl = dsl;
        this.summaries = summaries;
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
        changed(record);
        summaries.written();
        return record.getId();
    }

    /** Inserts the value under its own id again: the undo of a delete. */
    public void restore(PeriodStat stat) {
        PeriodStatRecord record = dsl.newRecord(PERIOD_STAT);
        fill(record, stat);
        record.setId(stat.id());
        record.insert();
        changed(record);
        summaries.written();
    }

    public void update(PeriodStat stat) {
        update(stat, null);
    }

    /** Updates a value, linking it to the import that changed it ({@code importId} null: the link is left as it is). */
    public void update(PeriodStat stat, Long importId) {
        PeriodStatRecord record = dsl.newRecord(PERIOD_STAT);
        fill(record, stat);
        changedById(stat.id());
        if (importId != null) {
            record.setImportId(importId);
        }
        dsl.update(PERIOD_STAT).set(record).where(PERIOD_STAT.ID.eq(stat.id())).execute();
        changed(record);
        summaries.written();
    }

    public void delete(long id) {
        changedById(id);
        dsl.deleteFrom(PERIOD_STAT).where(PERIOD_STAT.ID.eq(id)).execute();
        summaries.written();
    }

    private void changed(PeriodStatRecord record) {
        summaries.statChanged(record.getEnterpriseId(), record.getMetricId(), record.getPeriodStart());
    }

    /** The figure as it is before an update or delete: its old enterprise, metric and year change too. */
    private void changedById(long id) {
        dsl.selectFrom(PERIOD_STAT).where(PERIOD_STAT.ID.eq(id)).fetchOptional().ifPresent(this::changed);
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
