package org.ecopark.ledger.persistence.bulk;

import static org.ecopark.ledger.persistence.jooq.Tables.COLLECTION_IMPORT;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE_TITLE;
import static org.ecopark.ledger.persistence.jooq.Tables.INNOVATION_PLATFORM;
import static org.ecopark.ledger.persistence.jooq.Tables.MANUAL_VALUE;
import static org.ecopark.ledger.persistence.jooq.Tables.MILESTONE_EVIDENCE;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_EVENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT_OWNER;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT_PROGRESS;
import static org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF;
import static org.ecopark.ledger.persistence.jooq.Tables.STANDARD;
import static org.ecopark.ledger.persistence.jooq.Tables.SUBMISSION;
import static org.ecopark.ledger.persistence.jooq.Tables.WARNING_OVERRIDE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * The records of a ledger as a whole, as opposed to its catalog (plans, parks, indicators, targets,
 * metrics) and settings: how many there are, and wiping them before a demo replaces them. The audit
 * log is not a record in this sense and survives a wipe; the caller logs the wipe itself.
 */
public final class LedgerRecords {

    /** Record tables, parents before children; a wipe runs it backwards. */
    private static final List<Table<?>> TABLES = List.of(ENTERPRISE, ENTERPRISE_TITLE, PROJECT, PROJECT_PROGRESS,
            RD_STAFF, PATENT, PATENT_OWNER, STANDARD, INNOVATION_PLATFORM, PARK_EVENT, COLLECTION_IMPORT, PERIOD_STAT,
            MANUAL_VALUE, MILESTONE_EVIDENCE, WARNING_OVERRIDE, SUBMISSION);

    private final DSLContext dsl;

    public LedgerRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Row count per record table (lower-case table name), in {@link #TABLES} order, empty tables included. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> table : TABLES) {
            counts.put(table.getName().toLowerCase(Locale.ROOT), dsl.fetchCount(table));
        }
        return counts;
    }

    public boolean isEmpty() {
        return counts().values().stream().allMatch(count -> count == 0);
    }

    /** Whether a park has enterprises, projects, platforms or events of its own. */
    public boolean parkHasRecords(long parkId) {
        return dsl.fetchExists(ENTERPRISE, ENTERPRISE.PARK_ID.eq(parkId))
                || dsl.fetchExists(PROJECT, PROJECT.PARK_ID.eq(parkId))
                || dsl.fetchExists(INNOVATION_PLATFORM, INNOVATION_PLATFORM.PARK_ID.eq(parkId))
                || dsl.fetchExists(PARK_EVENT, PARK_EVENT.PARK_ID.eq(parkId));
    }

    /**
     * Deletes the records of one park, children first, and the patents only its enterprises own; the park
     * row stays. For undoing a generated park that failed half way.
     */
    public void deleteParkRecords(long parkId) {
        var enterprises = DSL.select(ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.PARK_ID.eq(parkId));
        var projects = DSL.select(PROJECT.ID).from(PROJECT).where(PROJECT.PARK_ID.eq(parkId));
        var ownedOutside = DSL.select(PATENT_OWNER.PATENT_ID).from(PATENT_OWNER)
                .where(PATENT_OWNER.ENTERPRISE_ID.notIn(enterprises));
        var ownedHere = DSL.select(PATENT_OWNER.PATENT_ID).from(PATENT_OWNER)
                .where(PATENT_OWNER.ENTERPRISE_ID.in(enterprises));
        dsl.deleteFrom(PERIOD_STAT).where(PERIOD_STAT.ENTERPRISE_ID.in(enterprises)).execute();
        dsl.deleteFrom(PATENT).where(PATENT.ID.in(ownedHere)).and(PATENT.ID.notIn(ownedOutside)).execute();
        dsl.deleteFrom(PATENT_OWNER).where(PATENT_OWNER.ENTERPRISE_ID.in(enterprises)).execute();
        dsl.deleteFrom(STANDARD).where(STANDARD.ENTERPRISE_ID.in(enterprises)).execute();
        dsl.deleteFrom(INNOVATION_PLATFORM).where(INNOVATION_PLATFORM.PARK_ID.eq(parkId)).execute();
        dsl.deleteFrom(PARK_EVENT).where(PARK_EVENT.PARK_ID.eq(parkId)).execute();
        dsl.deleteFrom(PROJECT_PROGRESS).where(PROJECT_PROGRESS.PROJECT_ID.in(projects)).execute();
        dsl.deleteFrom(PROJECT).where(PROJECT.PARK_ID.eq(parkId)).execute();
        dsl.deleteFrom(RD_STAFF).where(RD_STAFF.ENTERPRISE_ID.in(enterprises)).execute();
        dsl.deleteFrom(ENTERPRISE_TITLE).where(ENTERPRISE_TITLE.ENTERPRISE_ID.in(enterprises)).execute();
        dsl.deleteFrom(COLLECTION_IMPORT).where(COLLECTION_IMPORT.PARK_ID.eq(parkId)).execute();
        dsl.deleteFrom(ENTERPRISE).where(ENTERPRISE.PARK_ID.eq(parkId)).execute();
    }

    /**
     * Deletes every record of every park, children first; the caller's transaction makes it all or nothing. The
     * derived data follows by itself (the deleted enterprises note their parks as changed).
     */
    public void deleteAll() {
        // a resubmission points at the package it supersedes (RESTRICT), so the links go first
        dsl.update(SUBMISSION).setNull(SUBMISSION.SUPERSEDES_ID).execute();
        for (int i = TABLES.size() - 1; i >= 0; i--) {
            dsl.deleteFrom(TABLES.get(i)).execute();
        }
    }
}
