package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE_TITLE;
import static org.ecopark.ledger.persistence.jooq.Tables.INNOVATION_PLATFORM;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_EVENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT;
import static org.ecopark.ledger.persistence.jooq.Tables.PATENT_OWNER;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT;
import static org.ecopark.ledger.persistence.jooq.Tables.PROJECT_PROGRESS;
import static org.ecopark.ledger.persistence.jooq.Tables.RD_STAFF;
import static org.ecopark.ledger.persistence.jooq.Tables.STANDARD;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * Small, independent queries over a loaded ledger for tests: the figures the plan's targets are judged
 * on, computed here straight from the tables so that a test of the demo does not depend on the
 * indicator engine it is meant to exercise; and a digest of a park's whole content without surrogate keys.
 */
public final class ParkFigures {

    private final DSLContext dsl;

    public ParkFigures(Database database) {
        this(database.dsl());
    }

    /** Over a connection of its own: a ledger file read as it is, before any migration (an old release's). */
    public ParkFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Patents with a grant date in [from, to], lapsed ones included. */
    public int patentsGranted(LocalDate from, LocalDate to) {
        return dsl.fetchCount(PATENT, PATENT.GRANTED_ON.between(from, to));
    }

    public int patentsGrantedStillValid(LocalDate from, LocalDate to) {
        return dsl.fetchCount(PATENT, PATENT.GRANTED_ON.between(from, to).and(PATENT.STATUS.eq("GRANTED")));
    }

    /** Full-time R&D staff employed on {@code date}: joined by then and not yet left. */
    public int fullTimeStaffAt(LocalDate date) {
        return dsl.fetchCount(RD_STAFF, RD_STAFF.FULL_TIME.isTrue().and(RD_STAFF.JOINED_ON.le(date))
                .and(RD_STAFF.LEFT_ON.isNull().or(RD_STAFF.LEFT_ON.gt(date))));
    }

    /** Distinct codes of the given levels published in [from, to]. */
    public int standardsPublished(List<String> levels, LocalDate from, LocalDate to) {
        return dsl.fetchCount(dsl.selectDistinct(STANDARD.CODE).from(STANDARD)
                .where(STANDARD.LEVEL.in(levels)).and(STANDARD.PUBLISHED_ON.between(from, to)));
    }

    public int platforms(String type, String level, LocalDate from, LocalDate to) {
        return dsl.fetchCount(INNOVATION_PLATFORM, INNOVATION_PLATFORM.PLATFORM_TYPE.eq(type)
                .and(INNOVATION_PLATFORM.LEVEL.eq(level)).and(INNOVATION_PLATFORM.APPROVED_ON.between(from, to)));
    }

    /** Sum of a metric's monthly figures in a year, all enterprises. */
    public BigDecimal yearSum(String metric, int year) {
        return monthSum(metric, YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public BigDecimal monthSum(String metric, YearMonth from, YearMonth to) {
        BigDecimal sum = dsl.select(DSL.sum(PERIOD_STAT.STAT_VALUE)).from(PERIOD_STAT).join(METRIC)
                .on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID))
                .where(METRIC.CODE.eq(metric)).and(PERIOD_STAT.PERIOD_START.between(from.atDay(1), to.atDay(1)))
                .fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    /** A stock metric: each enterprise's latest figure up to {@code date}, summed. */
    public BigDecimal latestSum(String metric, LocalDate date) {
        var latest = dsl.select(PERIOD_STAT.ENTERPRISE_ID, DSL.max(PERIOD_STAT.PERIOD_END).as("last_end"))
                .from(PERIOD_STAT).join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID))
                .where(METRIC.CODE.eq(metric)).and(PERIOD_STAT.PERIOD_END.le(date))
                .groupBy(PERIOD_STAT.ENTERPRISE_ID).asTable("latest");
        BigDecimal sum = dsl.select(DSL.sum(PERIOD_STAT.STAT_VALUE)).from(PERIOD_STAT)
                .join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID))
                .join(latest).on(latest.field(PERIOD_STAT.ENTERPRISE_ID).eq(PERIOD_STAT.ENTERPRISE_ID)
                        .and(latest.field("last_end", LocalDate.class).eq(PERIOD_STAT.PERIOD_END)))
                .where(METRIC.CODE.eq(metric))
                .fetchOne(0, BigDecimal.class);
        return sum == null ? BigDecimal.ZERO : sum;
    }

    public List<String> usccs() {
        return dsl.select(ENTERPRISE.USCC).from(ENTERPRISE).orderBy(ENTERPRISE.USCC).fetch(ENTERPRISE.USCC);
    }

    public List<String> patentNumbers() {
        return dsl.select(PATENT.NUMBER).from(PATENT).orderBy(PATENT.NUMBER).fetch(PATENT.NUMBER);
    }

    public List<String> standardCodes() {
        return dsl.selectDistinct(STANDARD.CODE).from(STANDARD).orderBy(STANDARD.CODE).fetch(STANDARD.CODE);
    }

    /** Rows per record table, as {@code LedgerRecords} counts them. */
    public Map<String, Integer> counts() {
        return new org.ecopark.ledger.persistence.bulk.LedgerRecords(dsl).counts();
    }

    public int auditEntries(String table) {
        return new AuditRepository(dsl).count(table);
    }

    /**
     * SHA-256 over everything a park holds, with every reference spelled by its natural key (USCC, patent
     * number, project name, metric code) and rows in a fixed order, so that two databases filled the same
     * way give the same digest whatever ids they handed out.
     */
    public String digest(String parkCode) {
        MessageDigest digest = sha256();
        var park = PARK.CODE.eq(parkCode);
        var enterpriseOfPark = ENTERPRISE.PARK_ID.eq(dsl.select(PARK.ID).from(PARK).where(park));
        feed(digest, dsl.select(ENTERPRISE.fields()).from(ENTERPRISE).where(enterpriseOfPark).orderBy(ENTERPRISE.USCC)
                .fetch(), ENTERPRISE.ID, ENTERPRISE.PARK_ID);
        feed(digest, dsl.select(ENTERPRISE.USCC).select(ENTERPRISE_TITLE.fields()).from(ENTERPRISE_TITLE).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(ENTERPRISE_TITLE.ENTERPRISE_ID)).where(enterpriseOfPark)
                .orderBy(ENTERPRISE.USCC, ENTERPRISE_TITLE.TITLE, ENTERPRISE_TITLE.AWARDED_ON).fetch(),
                ENTERPRISE_TITLE.ID, ENTERPRISE_TITLE.ENTERPRISE_ID);
        feed(digest, dsl.select(ENTERPRISE.USCC).select(RD_STAFF.fields()).from(RD_STAFF).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(RD_STAFF.ENTERPRISE_ID)).where(enterpriseOfPark)
                .orderBy(ENTERPRISE.USCC, RD_STAFF.JOINED_ON, RD_STAFF.NAME, RD_STAFF.ID_HINT).fetch(),
                RD_STAFF.ID, RD_STAFF.ENTERPRISE_ID);
        feed(digest, dsl.select(PATENT_OWNER.OWNER_ORDER, ENTERPRISE.USCC).select(PATENT.fields()).from(PATENT)
                .join(PATENT_OWNER).on(PATENT_OWNER.PATENT_ID.eq(PATENT.ID))
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PATENT_OWNER.ENTERPRISE_ID)).where(enterpriseOfPark)
                .orderBy(PATENT.NUMBER, PATENT_OWNER.OWNER_ORDER).fetch(), PATENT.ID);
        feed(digest, dsl.select(ENTERPRISE.USCC).select(STANDARD.fields()).from(STANDARD).join(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(STANDARD.ENTERPRISE_ID)).where(enterpriseOfPark)
                .orderBy(STANDARD.CODE, ENTERPRISE.USCC).fetch(), STANDARD.ID, STANDARD.ENTERPRISE_ID);
        var parkId = dsl.select(PARK.ID).from(PARK).where(park);
        feed(digest, dsl.select(ENTERPRISE.USCC).select(PROJECT.fields()).from(PROJECT).leftJoin(ENTERPRISE)
                .on(ENTERPRISE.ID.eq(PROJECT.ENTERPRISE_ID)).where(PROJECT.PARK_ID.eq(parkId))
                .orderBy(PROJECT.NAME).fetch(), PROJECT.ID, PROJECT.PARK_ID, PROJECT.ENTERPRISE_ID);
        feed(digest, dsl.select(PROJECT.NAME).select(PROJECT_PROGRESS.fields()).from(PROJECT_PROGRESS).join(PROJECT)
                .on(PROJECT.ID.eq(PROJECT_PROGRESS.PROJECT_ID)).where(PROJECT.PARK_ID.eq(parkId))
                .orderBy(PROJECT.NAME, PROJECT_PROGRESS.REPORTED_ON).fetch(), PROJECT_PROGRESS.ID,
                PROJECT_PROGRESS.PROJECT_ID);
        feed(digest, dsl.select(ENTERPRISE.USCC).select(INNOVATION_PLATFORM.fields()).from(INNOVATION_PLATFORM)
                .leftJoin(ENTERPRISE).on(ENTERPRISE.ID.eq(INNOVATION_PLATFORM.ENTERPRISE_ID))
                .where(INNOVATION_PLATFORM.PARK_ID.eq(parkId))
                .orderBy(INNOVATION_PLATFORM.NAME, INNOVATION_PLATFORM.PLATFORM_TYPE, INNOVATION_PLATFORM.LEVEL).fetch(),
                INNOVATION_PLATFORM.ID, INNOVATION_PLATFORM.PARK_ID, INNOVATION_PLATFORM.ENTERPRISE_ID);
        feed(digest, dsl.select(PARK_EVENT.fields()).from(PARK_EVENT).where(PARK_EVENT.PARK_ID.eq(parkId))
                .orderBy(PARK_EVENT.HELD_ON, PARK_EVENT.TITLE).fetch(), PARK_EVENT.ID, PARK_EVENT.PARK_ID);
        feed(digest, dsl.select(ENTERPRISE.USCC, METRIC.CODE, PERIOD_STAT.PERIOD_TYPE, PERIOD_STAT.PERIOD_START,
                        PERIOD_STAT.PERIOD_END, PERIOD_STAT.STAT_VALUE, PERIOD_STAT.SOURCE).from(PERIOD_STAT)
                .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PERIOD_STAT.ENTERPRISE_ID))
                .join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID)).where(enterpriseOfPark)
                .orderBy(ENTERPRISE.USCC, METRIC.CODE, PERIOD_STAT.PERIOD_START).fetch());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Every value of every row except the listed (surrogate key) fields, as text. */
    private static void feed(MessageDigest digest, Result<? extends Record> rows, org.jooq.Field<?>... skipped) {
        List<org.jooq.Field<?>> skip = List.of(skipped);
        for (Record row : rows) {
            for (org.jooq.Field<?> field : row.fields()) {
                if (skip.stream().noneMatch(s -> s.getQualifiedName().equals(field.getQualifiedName()))) {
                    Object value = row.get(field);
                    String text = value instanceof BigDecimal number ? number.stripTrailingZeros().toPlainString()
                            : String.valueOf(value);
                    digest.update(text.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1F);
                }
            }
            digest.update((byte) 0x1E);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
