package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.persistence.jooq.tables.records.RdStaffRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** The R&D staff of the park's enterprises. */
public final class RdStaffRepository implements RecordRepository<RdStaff> {

    private final DSLContext dsl;

    public RdStaffRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The staff of the park's enterprises, latest joiner first. */
    public List<RdStaff> findByPark(long parkId) {
        return dsl.select(RD_STAFF.fields()).from(RD_STAFF).join(ENTERPRISE).on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID))
                .where(ENTERPRISE.PARK_ID.eq(parkId))
                .orderBy(RD_STAFF.JOINED_ON.desc(), RD_STAFF.ID)
                .fetchInto(RD_STAFF).map(RdStaffRepository::toModel);
    }

    /**
     * How many people are on the R&D staff of the park's enterprises on this day: joined on or before it
     * and not left on or before it.
     */
    public int headcount(long parkId, LocalDate date, boolean fullTimeOnly) {
        Condition on = ENTERPRISE.PARK_ID.eq(parkId).and(RD_STAFF.JOINED_ON.le(date))
                .and(RD_STAFF.LEFT_ON.isNull().or(RD_STAFF.LEFT_ON.gt(date)));
        if (fullTimeOnly) {
            on = on.and(RD_STAFF.FULL_TIME.isTrue());
        }
        return dsl.fetchCount(dsl.select(RD_STAFF.ID).from(RD_STAFF).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID)).where(on));
    }

    /** Another person of the same enterprise with this name who joined on this day, if any. */
    public Optional<RdStaff> findSame(long enterpriseId, String name, LocalDate joinedOn) {
        return dsl.selectFrom(RD_STAFF).where(RD_STAFF.ENTERPRISE_ID.eq(enterpriseId)).and(RD_STAFF.NAME.eq(name))
                .and(RD_STAFF.JOINED_ON.eq(joinedOn)).orderBy(RD_STAFF.ID).limit(1)
                .fetchOptional().map(RdStaffRepository::toModel);
    }

    @Override
    public Optional<RdStaff> find(long id) {
        return dsl.selectFrom(RD_STAFF).where(RD_STAFF.ID.eq(id)).fetchOptional().map(RdStaffRepository::toModel);
    }

    @Override
    public long insert(RdStaff staff) {
        RdStaffRecord record = dsl.newRecord(RD_STAFF);
        fill(record, staff);
        record.store();
        return record.getId();
    }

    /** Inserts the person under their own id again: the undo of a delete. */
    @Override
    public void restore(RdStaff staff) {
        RdStaffRecord record = dsl.newRecord(RD_STAFF);
        fill(record, staff);
        record.setId(staff.id());
        record.insert();
    }

    @Override
    public void update(RdStaff staff) {
        RdStaffRecord record = dsl.newRecord(RD_STAFF);
        fill(record, staff);
        dsl.update(RD_STAFF).set(record).where(RD_STAFF.ID.eq(staff.id())).execute();
    }

    @Override
    public void delete(long id) {
        dsl.deleteFrom(RD_STAFF).where(RD_STAFF.ID.eq(id)).execute();
    }

    private static RdStaff toModel(RdStaffRecord r) {
        return new RdStaff(r.getId(), r.getEnterpriseId(), r.getName(), r.getIdHint(),
                r.getEducation() == null ? null : Education.valueOf(r.getEducation()), r.getProfessionalTitle(),
                Boolean.TRUE.equals(r.getFullTime()), r.getJoinedOn(), r.getLeftOn());
    }

    private static void fill(RdStaffRecord record, RdStaff s) {
        record.setEnterpriseId(s.enterpriseId());
        record.setName(s.name());
        record.setIdHint(s.idHint());
        record.setEducation(s.education() == null ? null : s.education().name());
        record.setProfessionalTitle(s.professionalTitle());
        record.setFullTime(s.fullTime());
        record.setJoinedOn(s.joinedOn());
        record.setLeftOn(s.leftOn());
    }
}
