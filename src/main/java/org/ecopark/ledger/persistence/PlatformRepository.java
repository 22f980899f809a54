package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.INNOVATION_PLATFORM;

import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;
import org.ecopark.ledger.persistence.jooq.tables.records.InnovationPlatformRecord;
import org.jooq.DSLContext;

/** The innovation platforms of a park and of its enterprises. */
public final class PlatformRepository implements RecordRepository<InnovationPlatform> {

    private final DSLContext dsl;

    public PlatformRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The park's platforms, latest approved first. */
    public List<InnovationPlatform> findByPark(long parkId) {
        return dsl.selectFrom(INNOVATION_PLATFORM).where(INNOVATION_PLATFORM.PARK_ID.eq(parkId))
                .orderBy(INNOVATION_PLATFORM.APPROVED_ON.desc(), INNOVATION_PLATFORM.ID)
                .fetch(PlatformRepository::toModel);
    }

    /** The park's platform with this name, type and level (the table's unique key), if any. */
    public Optional<InnovationPlatform> findSame(long parkId, String name, PlatformType type, PlatformLevel level) {
        return dsl.selectFrom(INNOVATION_PLATFORM).where(INNOVATION_PLATFORM.PARK_ID.eq(parkId))
                .and(INNOVATION_PLATFORM.NAME.eq(name)).and(INNOVATION_PLATFORM.PLATFORM_TYPE.eq(type.name()))
                .and(INNOVATION_PLATFORM.LEVEL.eq(level.name()))
                .fetchOptional().map(PlatformRepository::toModel);
    }

    @Override
    public Optional<InnovationPlatform> find(long id) {
        return dsl.selectFrom(INNOVATION_PLATFORM).where(INNOVATION_PLATFORM.ID.eq(id)).fetchOptional()
                .map(PlatformRepository::toModel);
    }

    @Override
    public long insert(InnovationPlatform platform) {
        InnovationPlatformRecord record = dsl.newRecord(INNOVATION_PLATFORM);
        fill(record, platform);
        record.store();
        return record.getId();
    }

    @Override
    public void restore(InnovationPlatform platform) {
        InnovationPlatformRecord record = dsl.newRecord(INNOVATION_PLATFORM);
        fill(record, platform);
        record.setId(platform.id());
        record.insert();
    }

    @Override
    public void update(InnovationPlatform platform) {
        InnovationPlatformRecord record = dsl.newRecord(INNOVATION_PLATFORM);
        fill(record, platform);
        dsl.update(INNOVATION_PLATFORM).set(record).where(INNOVATION_PLATFORM.ID.eq(platform.id())).execute();
    }

    @Override
    public void delete(long id) {
        dsl.deleteFrom(INNOVATION_PLATFORM).where(INNOVATION_PLATFORM.ID.eq(id)).execute();
    }

    private static InnovationPlatform toModel(InnovationPlatformRecord r) {
        return new InnovationPlatform(r.getId(), r.getParkId(), r.getEnterpriseId(), r.getName(),
                PlatformType.valueOf(r.getPlatformType()), PlatformLevel.valueOf(r.getLevel()), r.getApprovedOn(),
                r.getApprovedBy(), r.getRevokedOn());
    }

    private static void fill(InnovationPlatformRecord record, InnovationPlatform p) {
        record.setParkId(p.parkId());
        record.setEnterpriseId(p.enterpriseId());
        record.setName(p.name());
        record.setPlatformType(p.type().name());
        record.setLevel(p.level().name());
        record.setApprovedOn(p.approvedOn());
        record.setApprovedBy(p.approvedBy());
        record.setRevokedOn(p.revokedOn());
    }
}
