package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.INDICATOR;
import static org.ecopark.ledger.persistence.jooq.Tables.MANUAL_VALUE;
import static org.ecopark.ledger.persistence.jooq.Tables.TARGET;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.ManualValue;
import org.ecopark.ledger.persistence.jooq.tables.records.ManualValueRecord;
import org.jooq.DSLContext;

/** Values entered by hand for targets no record can derive, one per target, scope and period start. */
public final class ManualValueRepository {

    private final DSLContext dsl;

    public ManualValueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The target's values for its scope, oldest period first. */
    public List<ManualValue> find(long targetId, String scopeCode) {
        return dsl.selectFrom(MANUAL_VALUE)
                .where(MANUAL_VALUE.TARGET_ID.eq(targetId)).and(MANUAL_VALUE.SCOPE_CODE.eq(scopeCode))
                .orderBy(MANUAL_VALUE.PERIOD_START, MANUAL_VALUE.PERIOD_END)
                .fetch(ManualValueRepository::toValue);
    }

    /** The values of several targets of one scope at once (a park's dashboard), oldest period first. */
    public List<ManualValue> find(Collection<Long> targetIds, String scopeCode) {
        return dsl.selectFrom(MANUAL_VALUE)
                .where(MANUAL_VALUE.TARGET_ID.in(targetIds)).and(MANUAL_VALUE.SCOPE_CODE.eq(scopeCode))
                .orderBy(MANUAL_VALUE.PERIOD_START, MANUAL_VALUE.PERIOD_END)
                .fetch(ManualValueRepository::toValue);
    }

    public Optional<ManualValue> findById(long id) {
        return dsl.selectFrom(MANUAL_VALUE).where(MANUAL_VALUE.ID.eq(id)).fetchOptional(ManualValueRepository::toValue);
    }

    /**
     * Stores the value, replacing the one of the same target, scope and period start; returns its id. The
     * indicator is the target's at the time of entry.
     */
    public long save(ManualValue value) {
        ManualValueRecord record = dsl.selectFrom(MANUAL_VALUE)
                .where(MANUAL_VALUE.TARGET_ID.eq(value.targetId())).and(MANUAL_VALUE.SCOPE_CODE.eq(value.scopeCode()))
                .and(MANUAL_VALUE.PERIOD_START.eq(value.periodStart())).fetchOptional()
                .orElseGet(() -> dsl.newRecord(MANUAL_VALUE));
        Long indicatorId = dsl.select(INDICATOR.ID).from(TARGET).join(INDICATOR).on(INDICATOR.ID.eq(TARGET.INDICATOR_ID))
                .where(TARGET.ID.eq(value.targetId())).fetchOptional(INDICATOR.ID)
                .orElseThrow(() -> new IllegalArgumentException("No target with id " + value.targetId()));
        record.setTargetId(value.targetId());
        record.setIndicatorId(indicatorId);
        record.setScopeCode(value.scopeCode());
        record.setPeriodStart(value.periodStart());
        record.setPeriodEnd(value.periodEnd());
        record.setEnteredValue(value.value());
        record.setNote(value.note());
        record.setEnteredBy(value.enteredBy());
        record.setEnteredAt(OffsetDateTime.now());
        record.store();
        return record.getId();
    }

    public void delete(long id) {
        dsl.deleteFrom(MANUAL_VALUE).where(MANUAL_VALUE.ID.eq(id)).execute();
    }

    private static ManualValue toValue(ManualValueRecord r) {
        return new ManualValue(r.getId(), r.getTargetId(), r.getScopeCode(), r.getPeriodStart(), r.getPeriodEnd(),
                r.getEnteredValue(), r.getNote(), r.getEnteredBy(),
                r.getEnteredAt() == null ? null : r.getEnteredAt().toInstant());
    }
}
