package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.PARK;
import static org.ecopark.ledger.persistence.jooq.Tables.SUBMISSION;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
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
                Submission.Direction.valueOf(r.get(SUBMISSION.DIRECTION)), r.get(SUBMISSION.SUPERSEDES_ID));
    }
}
