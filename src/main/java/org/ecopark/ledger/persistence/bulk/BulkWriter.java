package org.ecopark.ledger.persistence.bulk;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE_TITLE;
import static org.ecopark.ledger.persistence.jooq.Tables.INNOVATION_PLATFORM;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_EVENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT_OWNER;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT_PROGRESS;
import static org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF;
import static org.ecopark.ledger.persistence.jooq.Tables.STANDARD;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;

/**
 * Writes many rows of a park at once: a demo, a generated benchmark park, later an import. Every table
 * goes through one prepared INSERT executed as JDBC batches of {@link #CHUNK} rows, which is what
 * makes a million monthly figures load in seconds; the row-by-row repositories (with their audit
 * entries) are for what a person types. Rows name enterprises by USCC, patents by number and projects
 * by name; the ids are looked up here, so callers never see a surrogate key.
 *
 * <p>One instance serves one transaction (get it from {@code Repositories.bulk()}) and caches the ids it
 * has looked up; a row that names an unknown enterprise, project or metric is a programming error of
 * the caller, who validates references first.
 */
public final class BulkWriter {

    /** Rows per JDBC batch: big enough to amortise the round trips, small enough to keep memory flat. */
    public static final int CHUNK = 5_000;

    private static final String MONTH = "MONTH";

    private final DSLContext dsl;
    private Map<String, Long> enterpriseIds;
    private Map<String, Long> metricIds;
    private final Map<String, Long> projectIds = new HashMap<>();

    public BulkWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void enterprises(long parkId, Collection<EnterpriseRow> rows) {
        batch(ENTERPRISE, List.of(ENTERPRISE.PARK_ID, ENTERPRISE.USCC, ENTERPRISE.NAME, ENTERPRISE.SHORT_NAME,
                        ENTERPRISE.SEGMENT, ENTERPRISE.ENV_RELATED, ENTERPRISE.SETTLED_ON, ENTERPRISE.LEFT_ON,
                        ENTERPRISE.CONTACT_PERSON, ENTERPRISE.CONTACT_PHONE, ENTERPRISE.ADDRESS, ENTERPRISE.NOTE),
                rows, r -> new Object[] {parkId, r.uscc(), r.name(), r.shortName(), r.segment(), r.envRelated(),
                        r.settledOn(), r.leftOn(), r.contactPerson(), r.contactPhone(), r.address(), r.note()});
        enterpriseIds = null;
    }

    public void titles(Collection<TitleRow> rows) {
        batch(ENTERPRISE_TITLE, List.of(ENTERPRISE_TITLE.ENTERPRISE_ID, ENTERPRISE_TITLE.TITLE,
                        ENTERPRISE_TITLE.AWARDED_ON, ENTERPRISE_TITLE.EXPIRES_ON, ENTERPRISE_TITLE.CERTIFICATE_NO),
                rows, r -> new Object[] {enterpriseId(r.uscc()), r.title(), r.awardedOn(), r.expiresOn(),
                        r.certificateNo()});
    }

    /** Projects are few, so they go one by one, which hands back the ids their progress rows need. */
    public void projects(long parkId, Collection<ProjectRow> rows) {
        for (ProjectRow r : rows) {
            Long id = dsl.insertInto(PROJECT)
                    .set(PROJECT.PARK_ID, parkId)
                    .set(PROJECT.ENTERPRISE_ID, r.uscc() == null ? null : enterpriseId(r.uscc()))
                    .set(PROJECT.NAME, r.name())
                    .set(PROJECT.CATEGORY, r.category())
                    .set(PROJECT.PLANNED_INVESTMENT, r.plannedInvestment())
                    .set(PROJECT.START_DATE, r.startDate())
                    .set(PROJECT.PLANNED_COMPLETION, r.plannedCompletion())
                    .set(PROJECT.ACTUAL_COMPLETION, r.actualCompletion())
                    .set(PROJECT.STATUS, r.status())
                    .set(PROJECT.NOTE, r.note())
                    .returningResult(PROJECT.ID)
                    .fetchOne(PROJECT.ID);
            projectIds.put(r.name(), id);
        }
    }

    /** Progress of projects written by {@link #projects} on this writer. */
    public void progress(Collection<ProgressRow> rows) {
        batch(PROJECT_PROGRESS, List.of(PROJECT_PROGRESS.PROJECT_ID, PROJECT_PROGRESS.REPORTED_ON,
                        PROJECT_PROGRESS.COMPLETED_INVESTMENT, PROJECT_PROGRESS.PERCENT_COMPLETE, PROJECT_PROGRESS.NOTE),
                rows, r -> new Object[] {known(projectIds, r.projectName(), "project"), r.reportedOn(),
                        r.completedInvestment(), r.percentComplete(), r.note()});
    }

    public void staff(Collection<StaffRow> rows) {
        batch(RD_STAFF, List.of(RD_STAFF.ENTERPRISE_ID, RD_STAFF.NAME, RD_STAFF.ID_HINT, RD_STAFF.EDUCATION,
                        RD_STAFF.PROFESSIONAL_TITLE, RD_STAFF.FULL_TIME, RD_STAFF.JOINED_ON, RD_STAFF.LEFT_ON),
                rows, r -> new Object[] {enterpriseId(r.uscc()), r.name(), r.idHint(), r.education(),
                        r.professionalTitle(), r.fullTime(), r.joinedOn(), r.leftOn()});
    }

    /** The patents, then their owners: one query per chunk maps the new numbers to their ids. */
    public void patents(Collection<PatentRow> rows) {
        for (List<PatentRow> chunk : chunks(rows)) {
            batch(PATENT, List.of(PATENT.NUMBER, PATENT.TITLE, PATENT.PATENT_TYPE, PATENT.APPLIED_ON,
                            PATENT.GRANTED_ON, PATENT.LAPSED_ON, PATENT.STATUS, PATENT.OTHER_OWNERS),
                    chunk, r -> new Object[] {r.number(), r.title(), r.patentType(), r.appliedOn(), r.grantedOn(),
                            r.lapsedOn(), r.status(), r.otherOwners()});
            Map<String, Long> ids = dsl.select(PATENT.NUMBER, PATENT.ID).from(PATENT)
                    .where(PATENT.NUMBER.in(chunk.stream().map(PatentRow::number).toList()))
                    .fetchMap(PATENT.NUMBER, PATENT.ID);
            List<Object[]> owners = new ArrayList<>();
            for (PatentRow patent : chunk) {
                for (int i = 0; i < patent.owners().size(); i++) {
                    owners.add(new Object[] {known(ids, patent.number(), "patent"),
                            enterpriseId(patent.owners().get(i)), i + 1});
                }
            }
            batch(PATENT_OWNER, List.of(PATENT_OWNER.PATENT_ID, PATENT_OWNER.ENTERPRISE_ID, PATENT_OWNER.OWNER_ORDER),
                    owners, Function.identity());
        }
    }

    public void standards(Collection<StandardRow> rows) {
        batch(STANDARD, List.of(STANDARD.CODE, STANDARD.TITLE, STANDARD.LEVEL, STANDARD.ROLE, STANDARD.ENTERPRISE_ID,
                        STANDARD.PUBLISHED_ON),
                rows, r -> new Object[] {r.code(), r.title(), r.level(), r.role(), enterpriseId(r.uscc()),
                        r.publishedOn()});
    }

    public void platforms(long parkId, Collection<PlatformRow> rows) {
        batch(INNOVATION_PLATFORM, List.of(INNOVATION_PLATFORM.PARK_ID, INNOVATION_PLATFORM.ENTERPRISE_ID,
                        INNOVATION_PLATFORM.NAME, INNOVATION_PLATFORM.PLATFORM_TYPE, INNOVATION_PLATFORM.LEVEL,
                        INNOVATION_PLATFORM.APPROVED_ON, INNOVATION_PLATFORM.APPROVED_BY, INNOVATION_PLATFORM.REVOKED_ON),
                rows, r -> new Object[] {parkId, r.uscc() == null ? null : enterpriseId(r.uscc()), r.name(),
                        r.platformType(), r.level(), r.approvedOn(), r.approvedBy(), r.revokedOn()});
    }

    public void events(long parkId, Collection<EventRow> rows) {
        batch(PARK_EVENT, List.of(PARK_EVENT.PARK_ID, PARK_EVENT.HELD_ON, PARK_EVENT.TITLE, PARK_EVENT.EVENT_TYPE,
                        PARK_EVENT.INTERNATIONAL, PARK_EVENT.PARTICIPANTS, PARK_EVENT.LOCATION, PARK_EVENT.NOTE),
                rows, r -> new Object[] {parkId, r.heldOn(), r.title(), r.eventType(), r.international(),
                        r.participants(), r.location(), r.note()});
    }

    /**
     * Monthly figures; {@code source} says where they came from ({@code DEMO}, {@code GENERATED}, …).
     * Callers stream a large set through here a chunk at a time; the park sums take the figures in when the
     * transaction ends ({@link org.ecopark.ledger.persistence.IndicatorSummaries}).
     */
    public void statistics(Collection<StatRow> rows, String source) {
        batch(PERIOD_STAT, List.of(PERIOD_STAT.ENTERPRISE_ID, PERIOD_STAT.METRIC_ID, PERIOD_STAT.PERIOD_TYPE,
                        PERIOD_STAT.PERIOD_START, PERIOD_STAT.PERIOD_END, PERIOD_STAT.STAT_VALUE, PERIOD_STAT.SOURCE),
                rows, r -> new Object[] {enterpriseId(r.uscc()), metricId(r.metricCode()), MONTH,
                        r.month().atDay(1), r.month().atEndOfMonth(), r.value(), source});
    }

    /** The ids of a park's enterprises by USCC, for a caller that goes on writing in later transactions. */
    public Map<String, Long> enterpriseIds(long parkId) {
        return Map.copyOf(dsl.select(ENTERPRISE.USCC, ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.PARK_ID.eq(parkId))
                .fetchMap(ENTERPRISE.USCC, ENTERPRISE.ID));
    }

    /**
     * Takes enterprise ids the caller already has (from {@link #enterpriseIds} in an earlier transaction),
     * so that a writer made for one chunk does not look them all up again.
     */
    public BulkWriter knowing(Map<String, Long> ids) {
        enterpriseIds = new HashMap<>(ids);
        return this;
    }

    /** The metric codes the ledger knows, for validating figures before they are written. */
    public java.util.Set<String> metricCodes() {
        return Collections.unmodifiableSet(metricIds().keySet());
    }

    private <R> void batch(Table<?> table, List<Field<?>> fields, Collection<R> rows, Function<R, Object[]> binds) {
        if (rows.isEmpty()) {
            return;
        }
        Query insert = dsl.insertInto(table).columns(fields).values(Collections.nCopies(fields.size(), null));
        for (List<R> chunk : chunks(rows)) {
            BatchBindStep step = dsl.batch(insert);
            for (R row : chunk) {
                step = step.bind(binds.apply(row));
            }
            step.execute();
        }
    }

    private static <R> List<List<R>> chunks(Collection<R> rows) {
        List<R> all = rows instanceof List<R> list ? list : new ArrayList<>(rows);
        List<List<R>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }

    private long enterpriseId(String uscc) {
        if (enterpriseIds == null) {
            enterpriseIds = new HashMap<>(dsl.select(ENTERPRISE.USCC, ENTERPRISE.ID).from(ENTERPRISE)
                    .fetchMap(ENTERPRISE.USCC, ENTERPRISE.ID));
        }
        return known(enterpriseIds, uscc, "enterprise");
    }

    private long metricId(String code) {
        return known(metricIds(), code, "metric");
    }

    private Map<String, Long> metricIds() {
        if (metricIds == null) {
            metricIds = new HashMap<>(dsl.select(METRIC.CODE, METRIC.ID).from(METRIC).fetchMap(METRIC.CODE, METRIC.ID));
        }
        return metricIds;
    }

    private static long known(Map<String, Long> ids, String key, String what) {
        Long id = ids.get(key);
        if (id == null) {
            throw new IllegalArgumentException("No " + what + " " + key + " in this load or the database");
        }
        return id;
    }
}
