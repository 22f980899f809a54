package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.RECEIVED_COUNT;
import static org.ecopark.ledger.persistence.jooq.Tables.RECEIVED_PACKAGE;
import static org.ecopark.ledger.persistence.jooq.Tables.RECEIVED_TARGET;
import static org.ecopark.ledger.persistence.jooq.Tables.SUBMISSION;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.ReceivedTarget;
import org.ecopark.ledger.model.Submission;
import org.ecopark.ledger.persistence.jooq.tables.records.SubmissionRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * The packages a bureau ledger received: a submission of direction IMPORT each, with the zip byte for byte, its
 * targets' figures and its tables' row counts. A zip is written and read as a stream ({@link #insert},
 * {@link #readContent}), never held whole: a year of a large park is some 20 MB, and a bureau receives many.
 */
public final class ReceivedPackageRepository {

    private static final Condition IMPORTED = SUBMISSION.DIRECTION.eq(Submission.Direction.IMPORT.name());

    private final DSLContext dsl;

    public ReceivedPackageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** How a kept zip is read: from a stream that is open only while this runs. */
    @FunctionalInterface
    public interface ContentReader<T> {
        T read(InputStream zip) throws IOException;
    }

    /**
     * Stores the package, the bytes of the file {@code content}, its targets and row counts; returns its id.
     *
     * @throws UncheckedIOException when the file cannot be read
     */
    public long insert(ReceivedPackage received, Path content, List<ReceivedTarget> targets, Map<String, Integer> counts) {
        SubmissionRecord record = dsl.newRecord(SUBMISSION);
        record.setParkId(received.parkId());
        record.setPeriodCode(received.periodCode());
        record.setPeriodStart(received.periodStart());
        record.setPeriodEnd(received.periodEnd());
        record.setCreatedAt(utc(received.createdAt()));
        record.setCreatedBy(received.receivedBy());
        record.setFileName(received.fileName());
        record.setSha256(received.sha256());
        record.setTemplateVersion(received.templateVersion());
        record.setResubmission(received.supersedesId() != null);
        record.setDirection(Submission.Direction.IMPORT.name());
        record.setImportedAt(utc(received.receivedAt()));
        record.setSupersedesId(received.supersedesId());
        record.setIntakeState(received.state().name());
        record.setSuperseded(received.superseded());
        record.setSignerFingerprint(received.signerFingerprint());
        record.setSignerKey(received.signerKey());
        record.store();
        long id = record.getId();
        insertContent(id, content);
        if (!targets.isEmpty()) {
            var insert = dsl.insertInto(RECEIVED_TARGET, RECEIVED_TARGET.SUBMISSION_ID, RECEIVED_TARGET.TARGET_CODE,
                    RECEIVED_TARGET.INDICATOR_CODE, RECEIVED_TARGET.UNIT, RECEIVED_TARGET.TARGET_VALUE,
                    RECEIVED_TARGET.ACTUAL, RECEIVED_TARGET.STATUS, RECEIVED_TARGET.PLAN_CODE);
            for (ReceivedTarget t : targets) {
                insert = insert.values(id, t.targetCode(), t.indicatorCode(), t.unit(), t.targetValue(), t.actual(), t.status(),
                        t.planCode());
            }
            insert.execute();
        }
        if (!counts.isEmpty()) {
            var insert = dsl.insertInto(RECEIVED_COUNT, RECEIVED_COUNT.SUBMISSION_ID, RECEIVED_COUNT.TABLE_CODE,
                    RECEIVED_COUNT.ROW_COUNT);
            for (Map.Entry<String, Integer> count : counts.entrySet()) {
                insert = insert.values(id, count.getKey(), count.getValue());
            }
            insert.execute();
        }
        return id;
    }

    /** The package received earlier with these very bytes; empty when none. */
    public Optional<ReceivedPackage> findBySha256(String sha256) {
        return select().where(IMPORTED).and(SUBMISSION.SHA256.eq(sha256)).orderBy(SUBMISSION.ID).limit(1)
                .fetchOptional(ReceivedPackageRepository::toReceived);
    }

    public Optional<ReceivedPackage> find(long id) {
        return select().where(IMPORTED).and(SUBMISSION.ID.eq(id)).fetchOptional(ReceivedPackageRepository::toReceived);
    }

    /**
     * The accepted package of the park and period that no later one replaced, or the returned one a re-submission
     * is to replace; empty when none.
     */
    public Optional<ReceivedPackage> current(long parkId, String periodCode, long except) {
        return select().where(IMPORTED).and(SUBMISSION.PARK_ID.eq(parkId)).and(SUBMISSION.PERIOD_CODE.eq(periodCode))
                .and(SUBMISSION.INTAKE_STATE.in(IntakeState.ACCEPTED.name(), IntakeState.RETURNED.name()))
                .and(SUBMISSION.SUPERSEDED.isFalse())
                .and(SUBMISSION.ID.ne(except))
                .orderBy(SUBMISSION.ID.desc()).limit(1).fetchOptional(ReceivedPackageRepository::toReceived);
    }

    /** The packages held until a key of this fingerprint is registered, in the order received. */
    public List<ReceivedPackage> heldFor(String fingerprint) {
        return select().where(IMPORTED).and(SUBMISSION.SIGNER_FINGERPRINT.eq(fingerprint))
                .and(SUBMISSION.INTAKE_STATE.eq(IntakeState.UNCONFIRMED.name())).orderBy(SUBMISSION.ID)
                .fetch(ReceivedPackageRepository::toReceived);
    }

    /** The package of each park the park's ledger made last, whatever its period or state; by park id. */
    public Map<Long, ReceivedPackage> latestPerPark() {
        Map<Long, ReceivedPackage> latest = new LinkedHashMap<>();
        select().where(IMPORTED).orderBy(SUBMISSION.CREATED_AT.desc(), SUBMISSION.ID.desc())
                .fetch(ReceivedPackageRepository::toReceived).forEach(p -> latest.putIfAbsent(p.parkId(), p));
        return latest;
    }

    /** The plans a package's targets belong to, in code order; empty when it was received before plans were kept. */
    public List<String> planCodes(long id) {
        return dsl.selectDistinct(RECEIVED_TARGET.PLAN_CODE).from(RECEIVED_TARGET).where(RECEIVED_TARGET.SUBMISSION_ID.eq(id))
                .and(RECEIVED_TARGET.PLAN_CODE.isNotNull()).orderBy(RECEIVED_TARGET.PLAN_CODE).fetch(RECEIVED_TARGET.PLAN_CODE);
    }

    /** The package that replaced {@code id} as its re-submission; empty when none did. */
    public Optional<ReceivedPackage> supersededBy(long id) {
        return select().where(IMPORTED).and(SUBMISSION.SUPERSEDES_ID.eq(id)).orderBy(SUBMISSION.ID.desc()).limit(1)
                .fetchOptional(ReceivedPackageRepository::toReceived);
    }

    /** Every package received for the period, of every park, in the order received. */
    public List<ReceivedPackage> findByPeriod(String periodCode) {
        return select().where(IMPORTED).and(SUBMISSION.PERIOD_CODE.eq(periodCode)).orderBy(SUBMISSION.ID)
                .fetch(ReceivedPackageRepository::toReceived);
    }

    /** Every package received, of every park and period, in the order received. */
    public List<ReceivedPackage> findAll() {
        return select().where(IMPORTED).orderBy(SUBMISSION.ID).fetch(ReceivedPackageRepository::toReceived);
    }

    public void setState(long id, IntakeState state) {
        dsl.update(SUBMISSION).set(SUBMISSION.INTAKE_STATE, state.name()).where(SUBMISSION.ID.eq(id)).and(IMPORTED).execute();
    }

    /** Marks the package sent back to its park (已退回) with the note that says so. */
    public void markReturned(long id, org.ecopark.ledger.model.Returned returned) {
        dsl.update(SUBMISSION).set(SUBMISSION.INTAKE_STATE, IntakeState.RETURNED.name())
                .set(SUBMISSION.RETURNED_REASON, returned.reason()).set(SUBMISSION.RETURNED_AT, utc(returned.at()))
                .set(SUBMISSION.RETURNED_BY, returned.by()).set(SUBMISSION.RETURNED_NOTE_SHA256, returned.noteSha256())
                .where(SUBMISSION.ID.eq(id)).and(IMPORTED).execute();
    }

    public void markSuperseded(long id) {
        dsl.update(SUBMISSION).set(SUBMISSION.SUPERSEDED, true).where(SUBMISSION.ID.eq(id)).and(IMPORTED).execute();
    }

    /** Notes that the package {@code id} replaces {@code earlier}. */
    public void setSupersedes(long id, long earlier) {
        dsl.update(SUBMISSION).set(SUBMISSION.SUPERSEDES_ID, earlier).set(SUBMISSION.RESUBMISSION, true)
                .where(SUBMISSION.ID.eq(id)).and(IMPORTED).execute();
    }

    /** The file's bytes into the package's row, streamed to the database (jOOQ binds a whole byte array only). */
    private void insertContent(long id, Path content) {
        String insert = dsl.render(dsl.insertInto(RECEIVED_PACKAGE, RECEIVED_PACKAGE.SUBMISSION_ID, RECEIVED_PACKAGE.CONTENT)
                .values(DSL.val(id), DSL.val((byte[]) null, RECEIVED_PACKAGE.CONTENT)));
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(insert);
                 InputStream in = Files.newInputStream(content)) {
                statement.setLong(1, id);
                statement.setBinaryStream(2, in, Files.size(content));
                statement.executeUpdate();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The zip as it was received, given to {@code reader} as a stream; empty when there is no package {@code id}.
     *
     * @throws IOException what {@code reader} threw, or the stream's failure
     */
    public <T> Optional<T> readContent(long id, ContentReader<T> reader) throws IOException {
        try (ResultSet row = dsl.select(RECEIVED_PACKAGE.CONTENT).from(RECEIVED_PACKAGE)
                .where(RECEIVED_PACKAGE.SUBMISSION_ID.eq(id)).fetchResultSet()) {
            if (!row.next()) {
                return Optional.empty();
            }
            try (InputStream zip = row.getBinaryStream(1)) {
                return Optional.of(reader.read(zip));
            }
        } catch (SQLException e) {
            throw new DataAccessException("Reading the kept package " + id + " failed", e);
        }
    }

    public List<ReceivedTarget> targets(long id) {
        return dsl.selectFrom(RECEIVED_TARGET).where(RECEIVED_TARGET.SUBMISSION_ID.eq(id)).orderBy(RECEIVED_TARGET.TARGET_CODE)
                .fetch(r -> new ReceivedTarget(r.getTargetCode(), r.getIndicatorCode(), r.getUnit(), r.getTargetValue(),
                        r.getActual(), r.getStatus(), r.getPlanCode()));
    }

    /** Rows per data.json table, by table code. */
    public Map<String, Integer> counts(long id) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        dsl.selectFrom(RECEIVED_COUNT).where(RECEIVED_COUNT.SUBMISSION_ID.eq(id)).orderBy(RECEIVED_COUNT.TABLE_CODE)
                .forEach(r -> counts.put(r.getTableCode(), r.getRowCount()));
        return counts;
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(SUBMISSION.asterisk(), PARK.CODE).from(SUBMISSION).join(PARK).on(PARK.ID.eq(SUBMISSION.PARK_ID));
    }

    private static ReceivedPackage toReceived(Record r) {
        return new ReceivedPackage(r.get(SUBMISSION.ID), r.get(SUBMISSION.PARK_ID), r.get(PARK.CODE),
                r.get(SUBMISSION.PERIOD_CODE), r.get(SUBMISSION.PERIOD_START), r.get(SUBMISSION.PERIOD_END),
                r.get(SUBMISSION.CREATED_AT).toInstant(), r.get(SUBMISSION.IMPORTED_AT).toInstant(),
                r.get(SUBMISSION.CREATED_BY), r.get(SUBMISSION.FILE_NAME), r.get(SUBMISSION.SHA256),
                r.get(SUBMISSION.TEMPLATE_VERSION), IntakeState.valueOf(r.get(SUBMISSION.INTAKE_STATE)),
                r.get(SUBMISSION.SUPERSEDED), r.get(SUBMISSION.SUPERSEDES_ID), r.get(SUBMISSION.SIGNER_FINGERPRINT),
                r.get(SUBMISSION.SIGNER_KEY), SubmissionRepository.returned(r));
    }

    private static OffsetDateTime utc(java.time.Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
