package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
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
import static org.ecopark.ledger.persistence.jooq.Tables.WARNING_OVERRIDE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecopark.ledger.model.PackageRows.EventEntry;
import org.ecopark.ledger.model.PackageRows.OverriddenWarning;
import org.ecopark.ledger.model.PackageRows.PatentEntry;
import org.ecopark.ledger.model.PackageRows.PlatformEntry;
import org.ecopark.ledger.model.PackageRows.ProjectEntry;
import org.ecopark.ledger.model.PackageRows.StaffMember;
import org.ecopark.ledger.model.PackageRows.StandardEntry;
import org.ecopark.ledger.model.PackageRows.StatFigure;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.jooq.tables.Enterprise;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectFieldOrAsterisk;
import org.jooq.SelectJoinStep;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * What a submission package lists of one park for one period [start, end] (ends inclusive): every row
 * that existed at some time in the period, with the enterprise named by its credit code. Read-only; each
 * list is one query (two for patents and projects), so a large park exports without a query per row.
 */
public final class PackageQueries {

    private final DSLContext dsl;

    public PackageQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The statistics of the park's enterprises whose period lies inside [start, end], handed to {@code each} one by
     * one as the query reads them: a large park's year (240 000 figures) is written to a package without being held,
     * and without a jOOQ record per row.
     */
    public void statistics(long parkId, LocalDate start, LocalDate end, java.util.function.Consumer<StatFigure> each) {
        var query = dsl.select(PERIOD_STAT.ID, ENTERPRISE.USCC, ENTERPRISE.NAME, METRIC.CODE, METRIC.NAME, METRIC.UNIT,
                        PERIOD_STAT.PERIOD_TYPE, PERIOD_STAT.PERIOD_START, PERIOD_STAT.STAT_VALUE, PERIOD_STAT.SOURCE)
                .from(PERIOD_STAT)
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PERIOD_STAT.ENTERPRISE_ID))
                .join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID))
                .where(ENTERPRISE.PARK_ID.eq(parkId))
                .and(PERIOD_STAT.PERIOD_START.ge(start)).and(PERIOD_STAT.PERIOD_END.le(end))
                .orderBy(ENTERPRISE.USCC, METRIC.SORT_ORDER, METRIC.ID, PERIOD_STAT.PERIOD_TYPE,
                        PERIOD_STAT.PERIOD_START);
        Map<String, PeriodType> types = new HashMap<>();
        JdbcRows.forEach(query, row -> each.accept(new StatFigure(row.getLong(1), row.getString(2), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6),
                new StatPeriod(types.computeIfAbsent(row.getString(7), PeriodType::valueOf), JdbcRows.day(row, 8)),
                row.getBigDecimal(9).stripTrailingZeros(), row.getString(10))));
    }

    /** Patents of the park's enterprises applied for by the end and not lapsed before the start. */
    public List<PatentEntry> patents(long parkId, LocalDate start, LocalDate end) {
        // Plain scans of the three tables, joined, filtered and sorted here. H2 ran the park's patents as
        // "id IN (subquery)" (or a join on it) probing the owners again for every patent; it read the period's
        // patents through the index on applied_on, which matches nearly every patent and fetched each row from the
        // table in index order; and it sorted both lists (100 000 rows for a large park) in temporary files on the
        // disk. Together they cost a large park's package seconds. The ledger's other parks' patents, if any, are
        // read too.
        Map<Long, String[]> enterprises = new HashMap<>();
        Set<Long> ofPark = new HashSet<>();
        JdbcRows.forEach(dsl.select(ENTERPRISE.ID, ENTERPRISE.USCC, ENTERPRISE.NAME, ENTERPRISE.PARK_ID).from(ENTERPRISE),
                row -> {
                    long id = row.getLong(1);
                    enterprises.put(id, new String[] {row.getString(2), row.getString(3)});
                    if (row.getLong(4) == parkId) {
                        ofPark.add(id);
                    }
                });
        Map<Long, List<Owner>> owners = new HashMap<>();
        Set<Long> ownedInPark = new HashSet<>();
        JdbcRows.forEach(dsl.select(PATENT_OWNER.PATENT_ID, PATENT_OWNER.ENTERPRISE_ID, PATENT_OWNER.OWNER_ORDER)
                .from(PATENT_OWNER), row -> {
                    long patent = row.getLong(1);
                    long enterprise = row.getLong(2);
                    owners.computeIfAbsent(patent, k -> new ArrayList<>(2))
                            .add(new Owner(row.getInt(3), enterprises.get(enterprise)));
                    if (ofPark.contains(enterprise)) {
                        ownedInPark.add(patent);
                    }
                });
        List<PatentEntry> patents = new ArrayList<>();
        JdbcRows.forEach(dsl.select(PATENT.ID, PATENT.NUMBER, PATENT.TITLE, PATENT.PATENT_TYPE, PATENT.APPLIED_ON,
                PATENT.GRANTED_ON, PATENT.LAPSED_ON, PATENT.STATUS, PATENT.OTHER_OWNERS).from(PATENT), row -> {
                    long id = row.getLong(1);
                    if (!ownedInPark.contains(id)) {
                        return;
                    }
                    LocalDate appliedOn = JdbcRows.day(row, 5);
                    LocalDate lapsedOn = JdbcRows.day(row, 7);
                    if (appliedOn.isAfter(end) || lapsedOn != null && lapsedOn.isBefore(start)) {
                        return;
                    }
                    List<Owner> own = owners.get(id);
                    own.sort(Comparator.comparingInt(Owner::order));
                    patents.add(new PatentEntry(id, row.getString(2), row.getString(3), PatentType.valueOf(row.getString(4)),
                            appliedOn, JdbcRows.day(row, 6), lapsedOn, PatentStatus.valueOf(row.getString(8)),
                            own.stream().map(o -> o.enterprise()[0]).toList(),
                            own.stream().map(o -> o.enterprise()[1]).toList(), row.getString(9)));
                });
        patents.sort(PATENT_ORDER);
        return patents;
    }

    /** Granted latest first (pending ones last), then applied for latest first, then by number. */
    static final Comparator<PatentEntry> PATENT_ORDER = Comparator
            .comparing(PatentEntry::grantedOn, Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()))
            .thenComparing(PatentEntry::appliedOn, Comparator.reverseOrder())
            .thenComparing(PatentEntry::number);

    /** One owner of a patent: its place among the owners, and the enterprise's credit code and name. */
    private record Owner(int order, String[] enterprise) {
    }

    /** R&D staff of the park's enterprises who joined by the end and had not left before the start. */
    public List<StaffMember> staff(long parkId, LocalDate start, LocalDate end) {
        return dsl.select(RD_STAFF.asterisk(), ENTERPRISE.USCC, ENTERPRISE.NAME).from(RD_STAFF)
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID))
                .where(ENTERPRISE.PARK_ID.eq(parkId)).and(RD_STAFF.JOINED_ON.le(end))
                .and(RD_STAFF.LEFT_ON.isNull().or(RD_STAFF.LEFT_ON.ge(start)))
                .orderBy(ENTERPRISE.USCC, RD_STAFF.JOINED_ON, RD_STAFF.NAME, RD_STAFF.ID)
                .fetch(r -> new StaffMember(r.get(RD_STAFF.ID), r.get(ENTERPRISE.USCC), r.get(ENTERPRISE.NAME),
                        r.get(RD_STAFF.NAME), r.get(RD_STAFF.EDUCATION), r.get(RD_STAFF.PROFESSIONAL_TITLE),
                        r.get(RD_STAFF.FULL_TIME), r.get(RD_STAFF.JOINED_ON), r.get(RD_STAFF.LEFT_ON)));
    }

    /** Standards the park's enterprises drafted, published by the end or still unpublished. */
    public List<StandardEntry> standards(long parkId, LocalDate end) {
        return dsl.select(STANDARD.asterisk(), ENTERPRISE.USCC, ENTERPRISE.NAME).from(STANDARD)
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(STANDARD.ENTERPRISE_ID))
                .where(ENTERPRISE.PARK_ID.eq(parkId))
                .and(STANDARD.PUBLISHED_ON.isNull().or(STANDARD.PUBLISHED_ON.le(end)))
                .orderBy(STANDARD.PUBLISHED_ON.desc().nullsFirst(), STANDARD.CODE, ENTERPRISE.USCC)
                .fetch(r -> new StandardEntry(r.get(STANDARD.ID), r.get(STANDARD.CODE), r.get(STANDARD.TITLE),
                        r.get(STANDARD.LEVEL), r.get(STANDARD.ROLE), r.get(ENTERPRISE.USCC), r.get(ENTERPRISE.NAME),
                        r.get(STANDARD.PUBLISHED_ON)));
    }

    /** Projects started by the end (or not dated) and not completed before the start, with their latest progress. */
    public List<ProjectEntry> projects(long parkId, LocalDate start, LocalDate end) {
        Enterprise owner = ENTERPRISE.as("owner");
        var rows = dsl.select(PROJECT.asterisk(), owner.USCC, owner.NAME).from(PROJECT)
                .leftJoin(owner).on(owner.ID.eq(PROJECT.ENTERPRISE_ID))
                .where(PROJECT.PARK_ID.eq(parkId))
                .and(PROJECT.START_DATE.isNull().or(PROJECT.START_DATE.le(end)))
                .and(PROJECT.ACTUAL_COMPLETION.isNull().or(PROJECT.ACTUAL_COMPLETION.ge(start)))
                .orderBy(PROJECT.START_DATE.nullsLast(), PROJECT.NAME, PROJECT.ID)
                .fetch();
        Map<Long, Record> progress = latestProgress(rows.stream().map(r -> r.get(PROJECT.ID)).toList(), end);
        List<ProjectEntry> projects = new ArrayList<>(rows.size());
        for (Record r : rows) {
            Record p = progress.get(r.get(PROJECT.ID));
            projects.add(new ProjectEntry(r.get(PROJECT.ID), r.get(PROJECT.NAME), r.get(PROJECT.CATEGORY),
                    r.get(PROJECT.STATUS), r.get(owner.USCC), r.get(owner.NAME), r.get(PROJECT.PLANNED_INVESTMENT),
                    r.get(PROJECT.START_DATE), r.get(PROJECT.PLANNED_COMPLETION), r.get(PROJECT.ACTUAL_COMPLETION),
                    p == null ? null : p.get(PROJECT_PROGRESS.REPORTED_ON),
                    p == null ? null : p.get(PROJECT_PROGRESS.COMPLETED_INVESTMENT),
                    p == null ? null : p.get(PROJECT_PROGRESS.PERCENT_COMPLETE), r.get(PROJECT.NOTE)));
        }
        return projects;
    }

    /** Platforms approved by the end and not revoked before the start. */
    public List<PlatformEntry> platforms(long parkId, LocalDate start, LocalDate end) {
        Enterprise owner = ENTERPRISE.as("owner");
        return dsl.select(INNOVATION_PLATFORM.asterisk(), owner.USCC, owner.NAME).from(INNOVATION_PLATFORM)
                .leftJoin(owner).on(owner.ID.eq(INNOVATION_PLATFORM.ENTERPRISE_ID))
                .where(INNOVATION_PLATFORM.PARK_ID.eq(parkId)).and(INNOVATION_PLATFORM.APPROVED_ON.le(end))
                .and(INNOVATION_PLATFORM.REVOKED_ON.isNull().or(INNOVATION_PLATFORM.REVOKED_ON.ge(start)))
                .orderBy(INNOVATION_PLATFORM.APPROVED_ON, INNOVATION_PLATFORM.NAME, INNOVATION_PLATFORM.ID)
                .fetch(r -> new PlatformEntry(r.get(INNOVATION_PLATFORM.ID), r.get(INNOVATION_PLATFORM.NAME),
                        r.get(INNOVATION_PLATFORM.PLATFORM_TYPE), r.get(INNOVATION_PLATFORM.LEVEL), r.get(owner.USCC),
                        r.get(owner.NAME), r.get(INNOVATION_PLATFORM.APPROVED_ON), r.get(INNOVATION_PLATFORM.APPROVED_BY),
                        r.get(INNOVATION_PLATFORM.REVOKED_ON)));
    }

    /** Events held in the period. */
    public List<EventEntry> events(long parkId, LocalDate start, LocalDate end) {
        return dsl.selectFrom(PARK_EVENT).where(PARK_EVENT.PARK_ID.eq(parkId))
                .and(PARK_EVENT.HELD_ON.between(start, end))
                .orderBy(PARK_EVENT.HELD_ON, PARK_EVENT.ID)
                .fetch(r -> new EventEntry(r.getId(), r.getHeldOn(), r.getTitle(), r.getEventType(),
                        r.getInternational(), r.getParticipants(), r.getLocation(), r.getNote()));
    }

    /**
     * The overridden warnings of the park's rows, each with a key a reader can find the row by. Tables the
     * package does not list (titles, progress entries) are left out with their rows.
     */
    public List<OverriddenWarning> overriddenWarnings(long parkId) {
        List<OverriddenWarning> warnings = new ArrayList<>();
        Condition ofPark = ENTERPRISE.PARK_ID.eq(parkId);
        warnings.addAll(overrides("enterprise", ENTERPRISE, ENTERPRISE.ID, ofPark, ENTERPRISE.USCC));
        warnings.addAll(overrides("patent", PATENT.join(PATENT_OWNER).on(PATENT_OWNER.PATENT_ID.eq(PATENT.ID))
                        .and(PATENT_OWNER.OWNER_ORDER.eq(1)).join(ENTERPRISE).on(ENTERPRISE.ID.eq(PATENT_OWNER.ENTERPRISE_ID)),
                PATENT.ID, ofPark, PATENT.NUMBER));
        warnings.addAll(overrides("period_stat", PERIOD_STAT.join(ENTERPRISE).on(ENTERPRISE.ID.eq(PERIOD_STAT.ENTERPRISE_ID))
                        .join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID)), PERIOD_STAT.ID, ofPark,
                ENTERPRISE.USCC, METRIC.CODE, PERIOD_STAT.PERIOD_TYPE, PERIOD_STAT.PERIOD_START));
        warnings.addAll(overrides("rd_staff", RD_STAFF.join(ENTERPRISE).on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID)),
                RD_STAFF.ID, ofPark, ENTERPRISE.USCC, RD_STAFF.NAME, RD_STAFF.JOINED_ON));
        warnings.addAll(overrides("standard", STANDARD.join(ENTERPRISE).on(ENTERPRISE.ID.eq(STANDARD.ENTERPRISE_ID)),
                STANDARD.ID, ofPark, STANDARD.CODE, ENTERPRISE.USCC));
        warnings.addAll(overrides("project", PROJECT, PROJECT.ID, PROJECT.PARK_ID.eq(parkId), PROJECT.NAME));
        warnings.addAll(overrides("innovation_platform", INNOVATION_PLATFORM, INNOVATION_PLATFORM.ID,
                INNOVATION_PLATFORM.PARK_ID.eq(parkId), INNOVATION_PLATFORM.NAME));
        warnings.addAll(overrides("park_event", PARK_EVENT, PARK_EVENT.ID, PARK_EVENT.PARK_ID.eq(parkId),
                PARK_EVENT.HELD_ON, PARK_EVENT.TITLE));
        return warnings;
    }

    private List<OverriddenWarning> overrides(String table, Table<?> rows, Field<Long> id, Condition ofPark,
                                              Field<?>... keyParts) {
        List<SelectFieldOrAsterisk> fields = new ArrayList<>(List.of(WARNING_OVERRIDE.asterisk()));
        fields.addAll(List.of(keyParts));
        SelectJoinStep<Record> select = dsl.select(fields).from(WARNING_OVERRIDE);
        return select.join(rows).on(id.eq(WARNING_OVERRIDE.RECORD_ID))
                .where(WARNING_OVERRIDE.TABLE_NAME.eq(table)).and(ofPark)
                .orderBy(WARNING_OVERRIDE.ID)
                .fetch(r -> new OverriddenWarning(table, r.get(WARNING_OVERRIDE.RECORD_ID),
                        java.util.Arrays.stream(keyParts).map(part -> String.valueOf(r.get(part)))
                                .collect(Collectors.joining("/")),
                        r.get(WARNING_OVERRIDE.WARNING_KEY), r.get(WARNING_OVERRIDE.EXPLANATION),
                        r.get(WARNING_OVERRIDE.OVERRIDDEN_BY), r.get(WARNING_OVERRIDE.OVERRIDDEN_AT).toInstant()));
    }

    /** The latest progress entry of each project up to {@code end}. */
    private Map<Long, Record> latestProgress(Collection<Long> projectIds, LocalDate end) {
        Map<Long, Record> latest = new HashMap<>();
        if (projectIds.isEmpty()) {
            return latest;
        }
        dsl.select(PROJECT_PROGRESS.PROJECT_ID, PROJECT_PROGRESS.REPORTED_ON, PROJECT_PROGRESS.COMPLETED_INVESTMENT,
                        PROJECT_PROGRESS.PERCENT_COMPLETE)
                .from(PROJECT_PROGRESS)
                .where(PROJECT_PROGRESS.PROJECT_ID.in(projectIds)).and(PROJECT_PROGRESS.REPORTED_ON.le(end))
                .orderBy(PROJECT_PROGRESS.PROJECT_ID, PROJECT_PROGRESS.REPORTED_ON)
                .forEach(r -> latest.put(r.get(PROJECT_PROGRESS.PROJECT_ID), r)); // ascending: the last one wins
        return latest;
    }
}
