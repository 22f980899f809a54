package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.BUREAU_PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.CLUSTER;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_LOAD;

import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Cluster;
import org.ecopark.ledger.model.Park;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Parks and clusters. */
public final class ParkRepository {

    private final DSLContext dsl;

    public ParkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Park> findAll() {
        return selectParks().orderBy(PARK.SHIPPED.desc(), PARK.ID).fetch(ParkRepository::toPark);
    }

    public Optional<Park> findByCode(String code) {
        return selectParks().where(PARK.CODE.eq(code)).fetchOptional(ParkRepository::toPark);
    }

    public List<Cluster> findClusters() {
        return dsl.selectFrom(CLUSTER).orderBy(CLUSTER.ID)
                .fetch(r -> new Cluster(r.getId(), r.getCode(), r.getName(), r.getCity(), r.getShipped(),
                        r.getNameEn()));
    }

    /** Inserts the park, or updates it when its code exists; returns its id. */
    public long save(Park park) {
        Long clusterId = park.clusterCode() == null ? null
                : dsl.select(CLUSTER.ID).from(CLUSTER).where(CLUSTER.CODE.eq(park.clusterCode())).fetchOne(CLUSTER.ID);
        var existing = dsl.selectFrom(PARK).where(PARK.CODE.eq(park.code())).fetchOptional();
        var record = existing.orElseGet(() -> dsl.newRecord(PARK));
        record.setCode(park.code());
        record.setName(park.name());
        record.setShortName(park.shortName());
        record.setNameEn(park.nameEn());
        record.setShortNameEn(park.shortNameEn());
        record.setCity(park.city());
        record.setDistrict(park.district());
        record.setClusterId(clusterId);
        record.setSegment(park.segment());
        record.setShipped(park.shipped());
        record.store();
        return record.getId();
    }

    /** Inserts the cluster, or updates it when its code exists; returns its id. */
    public long saveCluster(Cluster cluster) {
        var record = dsl.selectFrom(CLUSTER).where(CLUSTER.CODE.eq(cluster.code())).fetchOptional()
                .orElseGet(() -> dsl.newRecord(CLUSTER));
        record.setCode(cluster.code());
        record.setName(cluster.name());
        record.setCity(cluster.city());
        record.setNameEn(cluster.nameEn());
        record.setShipped(cluster.shipped());
        record.store();
        return record.getId();
    }

    /**
     * Marks the park as being loaded in many transactions: its derived data waits until {@link #finishLoad}, and a
     * load that never finished (the program was killed) stays recognisable.
     */
    public void startLoad(long parkId) {
        dsl.insertInto(PARK_LOAD, PARK_LOAD.PARK_ID).values(parkId).onDuplicateKeyIgnore().execute();
        ChangeJournal.noteWholePark(dsl, parkId);
    }

    /** The park's load is complete: its derived data is computed when this transaction commits. */
    public void finishLoad(long parkId) {
        dsl.deleteFrom(PARK_LOAD).where(PARK_LOAD.PARK_ID.eq(parkId)).execute();
    }

    /** Whether a load of the park was started and never finished. */
    public boolean isLoading(long parkId) {
        return dsl.fetchExists(PARK_LOAD, PARK_LOAD.PARK_ID.eq(parkId));
    }

    /** The parks a bureau ledger receives packages from, in the order of {@link #findAll()}. */
    public List<Park> findBureauParks() {
        return selectParks().where(PARK.ID.in(dsl.select(BUREAU_PARK.PARK_ID).from(BUREAU_PARK)))
                .orderBy(PARK.SHIPPED.desc(), PARK.ID).fetch(ParkRepository::toPark);
    }

    /** Makes the park one of the bureau's; nothing when it is already. */
    public void addToBureau(long parkId, java.time.Instant now) {
        dsl.insertInto(BUREAU_PARK, BUREAU_PARK.PARK_ID, BUREAU_PARK.ADDED_AT)
                .values(parkId, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC))
                .onDuplicateKeyIgnore().execute();
    }

    private org.jooq.SelectOnConditionStep<Record> selectParks() {
        return dsl.select(PARK.asterisk(), CLUSTER.CODE).from(PARK).leftJoin(CLUSTER).on(CLUSTER.ID.eq(PARK.CLUSTER_ID));
    }

    private static Park toPark(Record r) {
        return new Park(r.get(PARK.ID), r.get(PARK.CODE), r.get(PARK.NAME), r.get(PARK.SHORT_NAME), r.get(PARK.CITY),
                r.get(PARK.DISTRICT), r.get(CLUSTER.CODE), r.get(PARK.SEGMENT), r.get(PARK.SHIPPED), r.get(PARK.NAME_EN),
                r.get(PARK.SHORT_NAME_EN));
    }
}
