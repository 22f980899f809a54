package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF;
import static org.ecopark.ledger.persistence.jooq.Tables.STANDARD;

import java.time.LocalDate;
import java.util.Optional;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;
import org.ecopark.ledger.persistence.jooq.tables.records.RdStaffRecord;
import org.ecopark.ledger.persistence.jooq.tables.records.StandardRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * R&D staff and standards as the collection workbooks and list imports write them, one row at a time so
 * that each write can be audited, keyed the way an enterprise names them: a person by name and joining
 * date, a standard by code. The rows are the bulk loader's ({@link StaffRow}, {@link StandardRow}), which
 * name the enterprise by its credit code.
 */
public final class CollectedRecordsRepository {

    /** A row as stored, with its id. */
    public record Stored<T>(long id, T row) {
    }

    private final DSLContext dsl;

    public CollectedRecordsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Stored<StaffRow>> findStaff(String uscc, String name, LocalDate joinedOn) {
        return dsl.select(RD_STAFF.asterisk(), ENTERPRISE.USCC).from(RD_STAFF).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID))
                .where(ENTERPRISE.USCC.eq(uscc)).and(RD_STAFF.NAME.eq(name)).and(RD_STAFF.JOINED_ON.eq(joinedOn))
                .orderBy(RD_STAFF.ID).limit(1)
                .fetchOptional(CollectedRecordsRepository::toStaff);
    }

    /** Every R&D staff member of the park's enterprises, to look people up without a query per row. */
    public java.util.List<Stored<StaffRow>> staffOfPark(long parkId) {
        return dsl.select(RD_STAFF.asterisk(), ENTERPRISE.USCC).from(RD_STAFF).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID))
                .where(ENTERPRISE.PARK_ID.eq(parkId)).orderBy(RD_STAFF.ID)
                .fetch(CollectedRecordsRepository::toStaff);
    }

    public long insertStaff(StaffRow row) {
        RdStaffRecord record = dsl.newRecord(RD_STAFF);
        fill(record, row);
        record.store();
        return record.getId();
    }

    public void updateStaff(long id, StaffRow row) {
        RdStaffRecord record = dsl.newRecord(RD_STAFF);
        fill(record, row);
        dsl.update(RD_STAFF).set(record).where(RD_STAFF.ID.eq(id)).execute();
    }

    public Optional<Stored<StandardRow>> findStandard(String code, String uscc) {
        return dsl.select(STANDARD.asterisk(), ENTERPRISE.USCC).from(STANDARD).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(STANDARD.ENTERPRISE_ID))
                .where(ENTERPRISE.USCC.eq(uscc)).and(STANDARD.CODE.eq(code))
                .fetchOptional(CollectedRecordsRepository::toStandard);
    }

    public long insertStandard(StandardRow row) {
        StandardRecord record = dsl.newRecord(STANDARD);
        fill(record, row);
        record.store();
        return record.getId();
    }

    public void updateStandard(long id, StandardRow row) {
        StandardRecord record = dsl.newRecord(STANDARD);
        fill(record, row);
        dsl.update(STANDARD).set(record).where(STANDARD.ID.eq(id)).execute();
    }

    private long enterpriseId(String uscc) {
        Long id = dsl.select(ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.USCC.eq(uscc)).fetchOne(ENTERPRISE.ID);
        if (id == null) {
            throw new IllegalArgumentException("No enterprise " + uscc);
        }
        return id;
    }

    private void fill(RdStaffRecord record, StaffRow row) {
        record.setEnterpriseId(enterpriseId(row.uscc()));
        record.setName(row.name());
        record.setIdHint(row.idHint());
        record.setEducation(row.education());
        record.setProfessionalTitle(row.professionalTitle());
        record.setFullTime(row.fullTime());
        record.setJoinedOn(row.joinedOn());
        record.setLeftOn(row.leftOn());
    }

    private void fill(StandardRecord record, StandardRow row) {
        record.setEnterpriseId(enterpriseId(row.uscc()));
        record.setCode(row.code());
        record.setTitle(row.title());
        record.setLevel(row.level());
        record.setRole(row.role());
        record.setPublishedOn(row.publishedOn());
    }

    private static Stored<StaffRow> toStaff(Record r) {
        return new Stored<>(r.get(RD_STAFF.ID), new StaffRow(r.get(ENTERPRISE.USCC), r.get(RD_STAFF.NAME),
                r.get(RD_STAFF.ID_HINT), r.get(RD_STAFF.EDUCATION), r.get(RD_STAFF.PROFESSIONAL_TITLE),
                r.get(RD_STAFF.FULL_TIME), r.get(RD_STAFF.JOINED_ON), r.get(RD_STAFF.LEFT_ON)));
    }

    private static Stored<StandardRow> toStandard(Record r) {
        return new Stored<>(r.get(STANDARD.ID), new StandardRow(r.get(STANDARD.CODE), r.get(STANDARD.TITLE),
                r.get(STANDARD.LEVEL), r.get(STANDARD.ROLE), r.get(ENTERPRISE.USCC), r.get(STANDARD.PUBLISHED_ON)));
    }
}
