package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.STANDARD;

import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;
import org.ecopark.ledger.persistence.jooq.tables.records.StandardRecord;
import org.jooq.DSLContext;

/** The standards the park's enterprises drafted, one row per (code, enterprise). */
public final class StandardRepository implements RecordRepository<Standard> {

    private final DSLContext dsl;

    public StandardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The park's enterprises' standards, latest published first (unpublished last), then by code. */
    public List<Standard> findByPark(long parkId) {
        return dsl.select(STANDARD.fields()).from(STANDARD).join(ENTERPRISE).on(ENTERPRISE.ID.eq(STANDARD.ENTERPRISE_ID))
                .where(ENTERPRISE.PARK_ID.eq(parkId))
                .orderBy(STANDARD.PUBLISHED_ON.desc().nullsLast(), STANDARD.CODE, STANDARD.ID)
                .fetchInto(STANDARD).map(StandardRepository::toModel);
    }

    /** The enterprise's record of the standard with this (normalised) code, if any. */
    public Optional<Standard> findByCode(String code, long enterpriseId) {
        return dsl.selectFrom(STANDARD).where(STANDARD.CODE.eq(code)).and(STANDARD.ENTERPRISE_ID.eq(enterpriseId))
                .fetchOptional().map(StandardRepository::toModel);
    }

    @Override
    public Optional<Standard> find(long id) {
        return dsl.selectFrom(STANDARD).where(STANDARD.ID.eq(id)).fetchOptional().map(StandardRepository::toModel);
    }

    @Override
    public long insert(Standard standard) {
        StandardRecord record = dsl.newRecord(STANDARD);
        fill(record, standard);
        record.store();
        return record.getId();
    }

    @Override
    public void restore(Standard standard) {
        StandardRecord record = dsl.newRecord(STANDARD);
        fill(record, standard);
        record.setId(standard.id());
        record.insert();
    }

    @Override
    public void update(Standard standard) {
        StandardRecord record = dsl.newRecord(STANDARD);
        fill(record, standard);
        dsl.update(STANDARD).set(record).where(STANDARD.ID.eq(standard.id())).execute();
    }

    @Override
    public void delete(long id) {
        dsl.deleteFrom(STANDARD).where(STANDARD.ID.eq(id)).execute();
    }

    private static Standard toModel(StandardRecord r) {
        return new Standard(r.getId(), r.getCode(), r.getTitle(), StandardLevel.valueOf(r.getLevel()),
                StandardRole.valueOf(r.getRole()), r.getEnterpriseId(), r.getPublishedOn());
    }

    private static void fill(StandardRecord record, Standard s) {
        record.setCode(s.code());
        record.setTitle(s.title());
        record.setLevel(s.level().name());
        record.setRole(s.role().name());
        record.setEnterpriseId(s.enterpriseId());
        record.setPublishedOn(s.publishedOn());
    }
}
