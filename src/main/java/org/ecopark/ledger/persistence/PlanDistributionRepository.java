package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.PLAN_DISTRIBUTION;
import static org.ecopark.ledger.persistence.jooq.Tables.PLAN_DISTRIBUTION_PARK;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.model.PlanDistribution;
import org.ecopark.ledger.persistence.jooq.tables.records.PlanDistributionRecord;
import org.jooq.DSLContext;

/** The plan files a bureau ledger sent, and to which of its parks. */
public final class PlanDistributionRepository {

    private final DSLContext dsl;

    public PlanDistributionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records a plan file sent to the parks {@code parkIds}; returns its id. */
    public long insert(PlanDistribution sent, List<Long> parkIds) {
        PlanDistributionRecord record = dsl.newRecord(PLAN_DISTRIBUTION);
        record.setPlanCode(sent.planCode());
        record.setCatalogVersion(sent.catalogVersion());
        record.setFileName(sent.fileName());
        record.setFileSha256(sent.sha256());
        record.setSentAt(OffsetDateTime.ofInstant(sent.sentAt(), ZoneOffset.UTC));
        record.setSentBy(sent.sentBy());
        record.store();
        long id = record.getId();
        if (!parkIds.isEmpty()) {
            var insert = dsl.insertInto(PLAN_DISTRIBUTION_PARK, PLAN_DISTRIBUTION_PARK.DISTRIBUTION_ID,
                    PLAN_DISTRIBUTION_PARK.PARK_ID);
            for (long parkId : parkIds) {
                insert = insert.values(id, parkId);
            }
            insert.execute();
        }
        return id;
    }

    /** Every plan file sent, the latest first. */
    public List<PlanDistribution> findAll() {
        Map<Long, List<String>> parks = new LinkedHashMap<>();
        dsl.select(PLAN_DISTRIBUTION_PARK.DISTRIBUTION_ID, PARK.CODE).from(PLAN_DISTRIBUTION_PARK).join(PARK)
                .on(PARK.ID.eq(PLAN_DISTRIBUTION_PARK.PARK_ID)).orderBy(PARK.CODE)
                .forEach(r -> parks.computeIfAbsent(r.value1(), id -> new ArrayList<>()).add(r.value2()));
        return dsl.selectFrom(PLAN_DISTRIBUTION).orderBy(PLAN_DISTRIBUTION.SENT_AT.desc(), PLAN_DISTRIBUTION.ID.desc())
                .fetch(r -> new PlanDistribution(r.getId(), r.getPlanCode(), r.getCatalogVersion(), r.getFileName(),
                        r.getFileSha256(), r.getSentAt().toInstant(), r.getSentBy(), parks.getOrDefault(r.getId(), List.of())));
    }

    public java.util.Optional<PlanDistribution> find(long id) {
        return findAll().stream().filter(sent -> sent.id() == id).findFirst();
    }

    /** The plan file sent last to each park; by park code. */
    public Map<String, PlanDistribution> latestPerPark() {
        Map<String, PlanDistribution> latest = new LinkedHashMap<>();
        findAll().forEach(sent -> sent.parkCodes().forEach(park -> latest.putIfAbsent(park, sent)));
        return latest;
    }
}
