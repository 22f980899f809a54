package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.INDICATOR;
import static org.ecopark.ledger.persistence.jooq.Tables.MILESTONE_EVIDENCE;
import static org.ecopark.ledger.persistence.jooq.Tables.PLAN;
import static org.ecopark.ledger.persistence.jooq.Tables.TARGET;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.jooq.tables.records.TargetRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/** Targets of the plans, with their plan and indicator codes resolved. */
public final class TargetRepository {

    private final DSLContext dsl;

    public TargetRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The targets the filter lets through, in catalog order (plan, then the order they were added). */
    public List<Target> find(TargetFilter filter) {
        List<Condition> conditions = new ArrayList<>();
        if (filter.planCode() != null) {
            conditions.add(PLAN.CODE.eq(filter.planCode()));
        }
        if (filter.scope() != null) {
            conditions.add(TARGET.SCOPE.eq(filter.scope().name()));
        }
        if (filter.scopeCode() != null) {
            conditions.add(TARGET.SCOPE_CODE.eq(filter.scopeCode()));
        }
        if (filter.kind() != null) {
            conditions.add(TARGET.KIND.eq(filter.kind().name()));
        }
        if (filter.deadlineFrom() != null) {
            conditions.add(TARGET.DEADLINE.ge(filter.deadlineFrom()));
        }
        if (filter.deadlineTo() != null) {
            conditions.add(TARGET.DEADLINE.le(filter.deadlineTo()));
        }
        if (!filter.includeHidden()) {
            conditions.add(TARGET.HIDDEN.isFalse());
        }
        return select().where(DSL.and(conditions)).orderBy(PLAN.START_DATE, PLAN.ID, TARGET.ID)
                .fetch(TargetRepository::toTarget);
    }

    public Optional<Target> findById(long id) {
        return select().where(TARGET.ID.eq(id)).fetchOptional(TargetRepository::toTarget);
    }

    public Optional<Target> findByCode(String planCode, String code) {
        return select().where(PLAN.CODE.eq(planCode)).and(TARGET.CODE.eq(code)).fetchOptional(TargetRepository::toTarget);
    }

    /** Stores a new target under its plan and indicator (both must exist); returns its id. */
    public long insert(Target target) {
        TargetRecord record = dsl.newRecord(TARGET);
        record.setPlanId(planId(target.planCode()));
        record.setCode(target.code());
        setCatalogFields(record, target);
        record.setBaselineValue(target.baselineValue());
        record.setBaselineDate(target.baselineDate());
        record.setHidden(target.hidden());
        record.setShipped(target.shipped());
        record.setUserNote(target.userNote());
        record.store();
        return record.getId();
    }

    /**
     * Overwrites what a catalog owns (scope, sentence, value, unit, deadline, indicator, note...) and leaves
     * what the user owns (baseline, hidden, user note) as it is.
     */
    public void updateCatalogFields(long id, Target target) {
        TargetRecord record = dsl.selectFrom(TARGET).where(TARGET.ID.eq(id)).fetchSingle();
        setCatalogFields(record, target);
        record.setShipped(target.shipped());
        record.store();
    }

    /** Overwrites what the user owns. */
    public void updateUserFields(long id, BigDecimal baselineValue, LocalDate baselineDate, boolean hidden,
                                 String userNote) {
        dsl.update(TARGET)
                .set(TARGET.BASELINE_VALUE, baselineValue)
                .set(TARGET.BASELINE_DATE, baselineDate)
                .set(TARGET.HIDDEN, hidden)
                .set(TARGET.USER_NOTE, userNote)
                .where(TARGET.ID.eq(id))
                .execute();
    }

    public void delete(long id) {
        dsl.deleteFrom(TARGET).where(TARGET.ID.eq(id)).execute();
    }

    /** How many milestone evidence records point at the target; they keep it from being deleted. */
    public int countEvidence(long id) {
        return dsl.fetchCount(MILESTONE_EVIDENCE, MILESTONE_EVIDENCE.TARGET_ID.eq(id));
    }

    private void setCatalogFields(TargetRecord record, Target target) {
        record.setScope(target.scope().name());
        record.setScopeCode(target.scopeCode());
        record.setClause(target.clause());
        record.setSentence(target.sentence());
        record.setTitle(target.title());
        record.setTitleEn(target.titleEn());
        record.setKind(target.kind().name());
        record.setComparator(target.comparator().code());
        record.setTargetValue(target.value());
        record.setUnit(target.unit().symbol());
        record.setDeadline(target.deadline());
        record.setIndicatorId(indicatorId(target.indicatorCode()));
        record.setNote(target.note());
    }

    private long planId(String code) {
        return dsl.select(PLAN.ID).from(PLAN).where(PLAN.CODE.eq(code)).fetchOptional(PLAN.ID)
                .orElseThrow(() -> new IllegalArgumentException("No plan with code " + code));
    }

    private long indicatorId(String code) {
        return dsl.select(INDICATOR.ID).from(INDICATOR).where(INDICATOR.CODE.eq(code)).fetchOptional(INDICATOR.ID)
                .orElseThrow(() -> new IllegalArgumentException("No indicator with code " + code));
    }

    private SelectOnConditionStep<Record> select() {
        return dsl.select(TARGET.asterisk(), PLAN.CODE, INDICATOR.CODE).from(TARGET)
                .join(PLAN).on(PLAN.ID.eq(TARGET.PLAN_ID))
                .join(INDICATOR).on(INDICATOR.ID.eq(TARGET.INDICATOR_ID));
    }

    private static Target toTarget(Record r) {
        return new Target(r.get(TARGET.ID), r.get(PLAN.CODE), r.get(TARGET.CODE), TargetScope.valueOf(r.get(TARGET.SCOPE)),
                r.get(TARGET.SCOPE_CODE), r.get(TARGET.CLAUSE), r.get(TARGET.SENTENCE), r.get(TARGET.TITLE),
                TargetKind.valueOf(r.get(TARGET.KIND)), Comparator.fromCode(r.get(TARGET.COMPARATOR)),
                r.get(TARGET.TARGET_VALUE), Unit.fromSymbol(r.get(TARGET.UNIT)), r.get(TARGET.DEADLINE),
                r.get(INDICATOR.CODE), r.get(TARGET.NOTE), r.get(TARGET.BASELINE_VALUE), r.get(TARGET.BASELINE_DATE),
                r.get(TARGET.HIDDEN), r.get(TARGET.SHIPPED), r.get(TARGET.USER_NOTE), r.get(TARGET.TITLE_EN));
    }
}
