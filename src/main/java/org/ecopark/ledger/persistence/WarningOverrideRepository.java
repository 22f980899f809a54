package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.WARNING_OVERRIDE;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.model.WarningOverride;
import org.ecopark.ledger.persistence.jooq.tables.records.WarningOverrideRecord;
import org.jooq.DSLContext;

/** The explanations users gave for the warnings they overrode, per row of a record table. */
public final class WarningOverrideRepository {

    private final DSLContext dsl;

    public WarningOverrideRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<WarningOverride> find(String table, long recordId) {
        return dsl.selectFrom(WARNING_OVERRIDE)
                .where(WARNING_OVERRIDE.TABLE_NAME.eq(table)).and(WARNING_OVERRIDE.RECORD_ID.eq(recordId))
                .orderBy(WARNING_OVERRIDE.ID)
                .fetch(WarningOverrideRepository::toOverride);
    }

    /** The explanations of many rows of a table in one query (per thousand rows), by row id. */
    public Map<Long, List<WarningOverride>> find(String table, Collection<Long> recordIds) {
        Map<Long, List<WarningOverride>> byRecord = new HashMap<>();
        List<Long> ids = List.copyOf(recordIds);
        for (int from = 0; from < ids.size(); from += 1_000) {
            dsl.selectFrom(WARNING_OVERRIDE)
                    .where(WARNING_OVERRIDE.TABLE_NAME.eq(table))
                    .and(WARNING_OVERRIDE.RECORD_ID.in(ids.subList(from, Math.min(ids.size(), from + 1_000))))
                    .orderBy(WARNING_OVERRIDE.ID)
                    .fetch(WarningOverrideRepository::toOverride)
                    .forEach(o -> byRecord.computeIfAbsent(o.recordId(), id -> new ArrayList<>()).add(o));
        }
        return byRecord;
    }

    /** Every override of a table; the submission package lists them. */
    public List<WarningOverride> findAll(String table) {
        return dsl.selectFrom(WARNING_OVERRIDE).where(WARNING_OVERRIDE.TABLE_NAME.eq(table))
                .orderBy(WARNING_OVERRIDE.ID).fetch(WarningOverrideRepository::toOverride);
    }

    /** Stores an override (its id and time are ignored: the database assigns them); returns it as stored. */
    public WarningOverride insert(WarningOverride override) {
        WarningOverrideRecord record = dsl.newRecord(WARNING_OVERRIDE);
        record.setTableName(override.tableName());
        record.setRecordId(override.recordId());
        record.setWarningKey(override.warningKey());
        record.setExplanation(override.explanation());
        record.setOverriddenBy(override.overriddenBy());
        record.setOverriddenAt(OffsetDateTime.now(ZoneOffset.UTC));
        record.store();
        return toOverride(record);
    }

    public void delete(long id) {
        dsl.deleteFrom(WARNING_OVERRIDE).where(WARNING_OVERRIDE.ID.eq(id)).execute();
    }

    private static WarningOverride toOverride(WarningOverrideRecord r) {
        return new WarningOverride(r.getId(), r.getTableName(), r.getRecordId(), r.getWarningKey(), r.getExplanation(),
                r.getOverriddenBy(), r.getOverriddenAt().toInstant());
    }
}
