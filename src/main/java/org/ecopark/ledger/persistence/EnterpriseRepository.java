package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE_TITLE;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseSegment;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.model.TitleKind;
import org.ecopark.ledger.persistence.jooq.tables.records.EnterpriseRecord;
import org.ecopark.ledger.persistence.jooq.tables.records.EnterpriseTitleRecord;
import org.jooq.DSLContext;

/** Enterprises with their titles; the titles are part of the enterprise and are written with it. */
public final class EnterpriseRepository implements RecordRepository<Enterprise> {

    private final DSLContext dsl;

    public EnterpriseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The park's enterprises by name, each with its titles. */
    public List<Enterprise> findByPark(long parkId) {
        List<EnterpriseRecord> rows = dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.PARK_ID.eq(parkId))
                .orderBy(ENTERPRISE.NAME, ENTERPRISE.ID).fetch();
        return withTitles(rows);
    }

    /** How many enterprises the park has. */
    public int countByPark(long parkId) {
        return dsl.fetchCount(ENTERPRISE, ENTERPRISE.PARK_ID.eq(parkId));
    }

    @Override
    public Optional<Enterprise> find(long id) {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.ID.eq(id)).fetchOptional()
                .map(row -> withTitles(List.of(row)).get(0));
    }

    /** The enterprise with this (normalised) credit code, in whatever park. */
    public Optional<Enterprise> findByUscc(String uscc) {
        return dsl.selectFrom(ENTERPRISE).where(ENTERPRISE.USCC.eq(uscc)).fetchOptional()
                .map(row -> withTitles(List.of(row)).get(0));
    }

    /** Inserts the enterprise and its titles under a new id; returns the id. */
    @Override
    public long insert(Enterprise enterprise) {
        EnterpriseRecord record = dsl.newRecord(ENTERPRISE);
        fill(record, enterprise);
        record.store();
        insertTitles(record.getId(), enterprise.titles(), false);
        return record.getId();
    }

    /** Inserts the enterprise under its own id again: the undo of a delete. */
    @Override
    public void restore(Enterprise enterprise) {
        EnterpriseRecord record = dsl.newRecord(ENTERPRISE);
        fill(record, enterprise);
        record.setId(enterprise.id());
        record.insert();
        insertTitles(enterprise.id(), enterprise.titles(), true);
    }

    /** Writes every field and replaces the titles; a title that has an id keeps it. */
    @Override
    public void update(Enterprise enterprise) {
        EnterpriseRecord record = dsl.newRecord(ENTERPRISE);
        fill(record, enterprise);
        dsl.update(ENTERPRISE).set(record).where(ENTERPRISE.ID.eq(enterprise.id())).execute();
        dsl.deleteFrom(ENTERPRISE_TITLE).where(ENTERPRISE_TITLE.ENTERPRISE_ID.eq(enterprise.id())).execute();
        insertTitles(enterprise.id(), enterprise.titles(), true);
    }

    /** Deletes the enterprise; its titles go with it (the foreign key cascades). */
    @Override
    public void delete(long id) {
        dsl.deleteFrom(ENTERPRISE).where(ENTERPRISE.ID.eq(id)).execute();
    }

    /**
     * Writes the titles; with {@code keepIds} a stored title keeps its id, so that an unchanged title
     * does not show up as changed in the audit log.
     */
    private void insertTitles(long enterpriseId, List<EnterpriseTitle> titles, boolean keepIds) {
        for (EnterpriseTitle title : titles) {
            EnterpriseTitleRecord record = dsl.newRecord(ENTERPRISE_TITLE);
            if (keepIds && title.id() > 0) {
                record.setId(title.id());
            }
            record.setEnterpriseId(enterpriseId);
            record.setTitle(title.kind().name());
            record.setAwardedOn(title.awardedOn());
            record.setExpiresOn(title.expiresOn());
            record.setCertificateNo(title.certificateNo());
            record.store();
        }
    }

    private List<Enterprise> withTitles(List<EnterpriseRecord> rows) {
        Collection<Long> ids = rows.stream().map(EnterpriseRecord::getId).toList();
        Map<Long, List<EnterpriseTitle>> titles = dsl.selectFrom(ENTERPRISE_TITLE)
                .where(ENTERPRISE_TITLE.ENTERPRISE_ID.in(ids))
                .orderBy(ENTERPRISE_TITLE.AWARDED_ON, ENTERPRISE_TITLE.ID)
                .fetch().stream()
                .collect(Collectors.groupingBy(EnterpriseTitleRecord::getEnterpriseId,
                        Collectors.mapping(EnterpriseRepository::toTitle, Collectors.toList())));
        List<Enterprise> enterprises = new ArrayList<>(rows.size());
        for (EnterpriseRecord row : rows) {
            enterprises.add(toEnterprise(row, titles.getOrDefault(row.getId(), List.of())));
        }
        return enterprises;
    }

    private static void fill(EnterpriseRecord record, Enterprise e) {
        record.setParkId(e.parkId());
        record.setUscc(e.uscc());
        record.setName(e.name());
        record.setShortName(e.shortName());
        record.setSegment(e.segment().name());
        record.setEnvRelated(e.envRelated());
        record.setSettledOn(e.settledOn());
        record.setLeftOn(e.leftOn());
        record.setContactPerson(e.contactPerson());
        record.setContactPhone(e.contactPhone());
        record.setAddress(e.address());
        record.setNote(e.note());
    }

    private static Enterprise toEnterprise(EnterpriseRecord r, List<EnterpriseTitle> titles) {
        return new Enterprise(r.getId(), r.getParkId(), r.getUscc(), r.getName(), r.getShortName(),
                EnterpriseSegment.valueOf(r.getSegment()), r.getEnvRelated(), r.getSettledOn(), r.getLeftOn(),
                r.getContactPerson(), r.getContactPhone(), r.getAddress(), r.getNote(), titles);
    }

    private static EnterpriseTitle toTitle(EnterpriseTitleRecord r) {
        return new EnterpriseTitle(r.getId(), TitleKind.valueOf(r.getTitle()), r.getAwardedOn(), r.getExpiresOn(),
                r.getCertificateNo());
    }
}
