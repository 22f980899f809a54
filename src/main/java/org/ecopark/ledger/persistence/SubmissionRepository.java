package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.Returned;
import org.ecopark.ledger.model.Submission;
import org.ecopark.ledger.persistence.jooq.tables.records.SubmissionRecord;
import org.jooq.DSLContext;
import org.jooq.Record;

/** The history of submission packages: what was sent (or received) for which park and period, and when. */
public final class SubmissionRepository {

    private final DSLContext dsl;

    public SubmissionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the submission under a new id; returns it. */
    public long insert(Submission submission) {
        SubmissionRecord record = dsl.newRecord(SUBMISSION);
        record.setParkId(submission.parkId());
        record.setPeriodCode(submission.periodCode());
        record.setPeriodStart(submission.periodStart());
        record.setPeriodEnd(submission.periodEnd());
        record.setCreatedAt(OffsetDateTime.ofInstant(submission.createdAt(), ZoneOffset.UTC));
        record.setCreatedBy(submission.createdBy());
        record.setFileName(submission.fileName());
        record.setSha256(submission.sha256());
        record.setTemplateVersion(submission.templateVersion());
        record.setRecipient(submission.recipient());
        record.setNote(submission.note());
        record.setResubmission(submission.resubmission());
        record.setDirection(submission.direction().name());
        record.setSupersedesId(submission.supersedesId());
        record.store();
        return record.getId();
    }

    /** The park's submissions, newest first. */
    public List<Submission> findByPark(long parkId) {
        return select().where(SUBMISSION.PARK_ID.eq(parkId))
                .orderBy(SUBMISSION.CREATED_AT.desc(), SUBMISSION.ID.desc())
                .fetch(SubmissionRepository::toSubmission);
    }

    /** The latest package of one direction sent for the park and period; empty for a first submission. */
    public Optional<Submission> latest(long parkId, String periodCode, Submission.Direction direction) {
        return select().where(SUBMISSION.PARK_ID.eq(parkId)).and(SUBMISSION.PERIOD_CODE.eq(periodCode))
                .and(SUBMISSION.DIRECTION.eq(direction.name()))
                .orderBy(SUBMISSION.CREATED_AT.desc(), SUBMISSION.ID.desc())
                .limit(1)
                .fetchOptional(SubmissionRepository::toSubmission);
    }

    /** The package this ledger exported with these very bytes; empty when none. */
    public Optional<Submission> findExportBySha256(String sha256) {
        return select().where(SUBMISSION.SHA256.eq(sha256))
                .and(SUBMISSION.DIRECTION.eq(Submission.Direction.EXPORT.name()))
                .orderBy(SUBMISSION.ID).limit(1).fetchOptional(SubmissionRepository::toSubmission);
    }

    /** The exported package already marked returned by the note of this SHA-256; empty when none. */
    public Optional<Submission> findByReturnNote(String noteSha256) {
        return select().where(SUBMISSION.RETURNED_NOTE_SHA256.eq(noteSha256)).orderBy(SUBMISSION.ID).limit(1)
                .fetchOptional(SubmissionRepository::toSubmission);
    }

    /** Marks an exported package returned by the bureau (已退回). */
    public void markReturned(long id, Returned returned) {
        dsl.update(SUBMISSION).set(SUBMISSION.RETURNED_REASON, returned.reason())
                .set(SUBMISSION.RETURNED_AT, OffsetDateTime.ofInstant(returned.at(), ZoneOffset.UTC))
                .set(SUBMISSION.RETURNED_BY, returned.by()).set(SUBMISSION.RETURNED_NOTE_SHA256, returned.noteSha256())
                .where(SUBMISSION.ID.eq(id)).and(SUBMISSION.DIRECTION.eq(Submission.Direction.EXPORT.name())).execute();
    }

    /** How many packages the ledger sent or received. */
    public int count() {
        return dsl.fetchCount(SUBMISSION);
    }

    public Optional<Submission> find(long id) {
        return select().where(SUBMISSION.ID.eq(id)).fetchOptional(SubmissionRepository::toSubmission);
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return dsl.select(SUBMISSION.asterisk(), PARK.CODE).from(SUBMISSION).join(PARK).on(PARK.ID.eq(SUBMISSION.PARK_ID));
    }

    private static Submission toSubmission(Record r) {
        return new Submission(r.get(SUBMISSION.ID), r.get(SUBMISSION.PARK_ID), r.get(PARK.CODE),
                r.get(SUBMISSION.PERIOD_CODE), r.get(SUBMISSION.PERIOD_START), r.get(SUBMISSION.PERIOD_END),
                r.get(SUBMISSION.CREATED_AT).toInstant(), r.get(SUBMISSION.CREATED_BY), r.get(SUBMISSION.FILE_NAME),
                r.get(SUBMISSION.SHA256), r.get(SUBMISSION.TEMPLATE_VERSION), r.get(SUBMISSION.RECIPIENT),
                r.get(SUBMISSION.NOTE), r.get(SUBMISSION.RESUBMISSION),
                Submission.Direction.valueOf(r.get(SUBMISSION.DIRECTION)), r.get(SUBMISSION.SUPERSEDES_ID), returned(r));
    }

    /** The return a submission row records; null when it was not returned. */
    static Returned returned(Record r) {
        OffsetDateTime at = r.get(SUBMISSION.RETURNED_AT);
        if (at == null) {
            return null;
        }
        return new Returned(r.get(SUBMISSION.RETURNED_REASON), at.toInstant(), r.get(SUBMISSION.RETURNED_BY),
                r.get(SUBMISSION.RETURNED_NOTE_SHA256));
    }
}
