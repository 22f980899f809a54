package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT_OWNER;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.persistence.jooq.tables.records.PatentOwnerRecord;
import org.ecopark.ledger.persistence.jooq.tables.records.PatentRecord;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** Patents with their owners among the ledger's enterprises, in certificate order. */
public final class PatentRepository implements RecordRepository<Patent> {

    private final DSLContext dsl;

    public PatentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The patents at least one of the park's enterprises owns, newest application first. */
    public List<Patent> findByPark(long parkId) {
        var ownedInPark = DSL.select(PATENT_OWNER.PATENT_ID).from(PATENT_OWNER)
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PATENT_OWNER.ENTERPRISE_ID))
                .where(ENTERPRISE.PARK_ID.eq(parkId));
        return withOwners(dsl.selectFrom(PATENT).where(PATENT.ID.in(ownedInPark))
                .orderBy(PATENT.APPLIED_ON.desc(), PATENT.ID).fetch());
    }

    @Override
    public Optional<Patent> find(long id) {
        return dsl.selectFrom(PATENT).where(PATENT.ID.eq(id)).fetchOptional().map(row -> withOwners(List.of(row)).get(0));
    }

    /** The patent with this (normalised) number. */
    public Optional<Patent> findByNumber(String number) {
        return dsl.selectFrom(PATENT).where(PATENT.NUMBER.eq(number)).fetchOptional()
                .map(row -> withOwners(List.of(row)).get(0));
    }

    @Override
    public long insert(Patent patent) {
        PatentRecord record = dsl.newRecord(PATENT);
        fill(record, patent);
        record.store();
        insertOwners(record.getId(), patent.ownerIds());
        return record.getId();
    }

    /** Inserts the patent under its own id again: the undo of a delete. */
    @Override
    public void restore(Patent patent) {
        PatentRecord record = dsl.newRecord(PATENT);
        fill(record, patent);
        record.setId(patent.id());
        record.insert();
        insertOwners(patent.id(), patent.ownerIds());
    }

    /** Writes every field and replaces the owners. */
    @Override
    public void update(Patent patent) {
        PatentRecord record = dsl.newRecord(PATENT);
        fill(record, patent);
        dsl.update(PATENT).set(record).where(PATENT.ID.eq(patent.id())).execute();
        dsl.deleteFrom(PATENT_OWNER).where(PATENT_OWNER.PATENT_ID.eq(patent.id())).execute();
        insertOwners(patent.id(), patent.ownerIds());
    }

    /** Deletes the patent; its owner rows go with it (the foreign key cascades). */
    @Override
    public void delete(long id) {
        dsl.deleteFrom(PATENT).where(PATENT.ID.eq(id)).execute();
    }

    private void insertOwners(long patentId, List<Long> ownerIds) {
        int order = 1;
        for (long enterpriseId : ownerIds) {
            PatentOwnerRecord record = dsl.newRecord(PATENT_OWNER);
            record.setPatentId(patentId);
            record.setEnterpriseId(enterpriseId);
            record.setOwnerOrder(order++);
            record.insert();
        }
    }

    private List<Patent> withOwners(List<PatentRecord> rows) {
        Collection<Long> ids = rows.stream().map(PatentRecord::getId).toList();
        Map<Long, List<Long>> owners = dsl.selectFrom(PATENT_OWNER).where(PATENT_OWNER.PATENT_ID.in(ids))
                .orderBy(PATENT_OWNER.PATENT_ID, PATENT_OWNER.OWNER_ORDER)
                .fetch().stream()
                .collect(Collectors.groupingBy(PatentOwnerRecord::getPatentId,
                        Collectors.mapping(PatentOwnerRecord::getEnterpriseId, Collectors.toList())));
        List<Patent> patents = new ArrayList<>(rows.size());
        for (PatentRecord r : rows) {
            patents.add(new Patent(r.getId(), r.getNumber(), r.getTitle(), PatentType.valueOf(r.getPatentType()),
                    r.getAppliedOn(), r.getGrantedOn(), r.getLapsedOn(), PatentStatus.valueOf(r.getStatus()),
                    owners.getOrDefault(r.getId(), List.of()), r.getOtherOwners()));
        }
        return patents;
    }

    private static void fill(PatentRecord record, Patent p) {
        record.setNumber(p.number());
        record.setTitle(p.title());
        record.setPatentType(p.type().name());
        record.setAppliedOn(p.appliedOn());
        record.setGrantedOn(p.grantedOn());
        record.setLapsedOn(p.lapsedOn());
        record.setStatus(p.status().name());
        record.setOtherOwners(p.otherOwners());
    }
}
