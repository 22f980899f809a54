package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PLAN;

import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.persistence.jooq.tables.records.PlanRecord;
import org.jooq.DSLContext;

/** Action plans: the shipped catalogs and the ones users add. */
public final class PlanRepository {

    private final DSLContext dsl;

    public PlanRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Plan> findAll() {
        return dsl.selectFrom(PLAN).orderBy(PLAN.START_DATE, PLAN.ID).fetch(PlanRepository::toPlan);
    }

    public Optional<Plan> findByCode(String code) {
        return dsl.selectFrom(PLAN).where(PLAN.CODE.eq(code)).fetchOptional(PlanRepository::toPlan);
    }

    /** Inserts the plan, or updates it when its code exists; returns its id. */
    public long save(Plan plan) {
        PlanRecord record = dsl.selectFrom(PLAN).where(PLAN.CODE.eq(plan.code())).fetchOptional()
                .orElseGet(() -> dsl.newRecord(PLAN));
        record.setCode(plan.code());
        record.setName(plan.name());
        record.setShortName(plan.shortName());
        record.setNameEn(plan.nameEn());
        record.setShortNameEn(plan.shortNameEn());
        record.setDocument(plan.document());
        record.setIssuedOn(plan.issuedOn());
        record.setStartDate(plan.start());
        record.setEndDate(plan.end());
        record.setCatalogVersion(plan.catalogVersion());
        record.setShipped(plan.shipped());
        record.store();
        return record.getId();
    }

    private static Plan toPlan(PlanRecord r) {
        return new Plan(r.getId(), r.getCode(), r.getName(), r.getShortName(), r.getDocument(), r.getIssuedOn(),
                r.getStartDate(), r.getEndDate(), r.getCatalogVersion(), r.getShipped(), r.getNameEn(), r.getShortNameEn());
    }
}
