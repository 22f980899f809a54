package org.ecopark.ledger.persistence;

import static org.ecopark.ledger.persistence.jooq.Tables.MILESTONE_EVIDENCE;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.persistence.jooq.tables.records.MilestoneEvidenceRecord;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/** Evidence that milestones were reached; the attached file's bytes are read only when asked for. */
public final class MilestoneEvidenceRepository {

    /** Every column but the file's bytes. */
    private static final List<Field<?>> SUMMARY = List.of(MILESTONE_EVIDENCE.ID, MILESTONE_EVIDENCE.TARGET_ID,
            MILESTONE_EVIDENCE.SCOPE_CODE, MILESTONE_EVIDENCE.COMPLETED_ON, MILESTONE_EVIDENCE.NOTE,
            MILESTONE_EVIDENCE.FILE_NAME, MILESTONE_EVIDENCE.CONTENT_TYPE, MILESTONE_EVIDENCE.FILE_SIZE,
            MILESTONE_EVIDENCE.FILE_SHA256, MILESTONE_EVIDENCE.RECORDED_BY, MILESTONE_EVIDENCE.RECORDED_AT);

    private final DSLContext dsl;

    public MilestoneEvidenceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The evidence of several targets for one scope, newest first. */
    public List<MilestoneEvidence> find(Collection<Long> targetIds, String scopeCode) {
        return dsl.select(SUMMARY).from(MILESTONE_EVIDENCE)
                .where(MILESTONE_EVIDENCE.TARGET_ID.in(targetIds)).and(MILESTONE_EVIDENCE.SCOPE_CODE.eq(scopeCode))
                .orderBy(MILESTONE_EVIDENCE.RECORDED_AT.desc(), MILESTONE_EVIDENCE.ID.desc())
                .fetch(MilestoneEvidenceRepository::toEvidence);
    }

    public Optional<MilestoneEvidence> findById(long id) {
        return dsl.select(SUMMARY).from(MILESTONE_EVIDENCE).where(MILESTONE_EVIDENCE.ID.eq(id))
                .fetchOptional(MilestoneEvidenceRepository::toEvidence);
    }

    /** The earliest completion date on or before {@code asOf} per target, for targets that have one. */
    public Map<Long, LocalDate> completedOn(Collection<Long> targetIds, String scopeCode, LocalDate asOf) {
        Map<Long, LocalDate> completed = new HashMap<>();
        dsl.select(MILESTONE_EVIDENCE.TARGET_ID, DSL.min(MILESTONE_EVIDENCE.COMPLETED_ON)).from(MILESTONE_EVIDENCE)
                .where(MILESTONE_EVIDENCE.TARGET_ID.in(targetIds)).and(MILESTONE_EVIDENCE.SCOPE_CODE.eq(scopeCode))
                .and(MILESTONE_EVIDENCE.COMPLETED_ON.le(asOf))
                .groupBy(MILESTONE_EVIDENCE.TARGET_ID)
                .forEach(r -> completed.put(r.value1(), r.value2()));
        return completed;
    }

    /** The attached file's bytes; empty when the evidence has none. */
    public Optional<byte[]> content(long id) {
        return dsl.select(MILESTONE_EVIDENCE.FILE_CONTENT).from(MILESTONE_EVIDENCE).where(MILESTONE_EVIDENCE.ID.eq(id))
                .fetchOptional(MILESTONE_EVIDENCE.FILE_CONTENT);
    }

    /** Stores new evidence with its file ({@code content} null for none); returns its id. */
    public long insert(MilestoneEvidence evidence, byte[] content) {
        MilestoneEvidenceRecord record = dsl.newRecord(MILESTONE_EVIDENCE);
        record.setTargetId(evidence.targetId());
        record.setScopeCode(evidence.scopeCode());
        record.setCompletedOn(evidence.completedOn());
        record.setNote(evidence.note());
        record.setFileName(evidence.fileName());
        record.setFileContent(content);
        record.setContentType(evidence.contentType());
        record.setFileSize(evidence.fileSize());
        record.setFileSha256(evidence.sha256());
        record.setRecordedBy(evidence.recordedBy());
        record.store();
        return record.getId();
    }

    public void delete(long id) {
        dsl.deleteFrom(MILESTONE_EVIDENCE).where(MILESTONE_EVIDENCE.ID.eq(id)).execute();
    }

    private static MilestoneEvidence toEvidence(Record r) {
        var recordedAt = r.get(MILESTONE_EVIDENCE.RECORDED_AT);
        return new MilestoneEvidence(r.get(MILESTONE_EVIDENCE.ID), r.get(MILESTONE_EVIDENCE.TARGET_ID),
                r.get(MILESTONE_EVIDENCE.SCOPE_CODE), r.get(MILESTONE_EVIDENCE.COMPLETED_ON),
                r.get(MILESTONE_EVIDENCE.NOTE), r.get(MILESTONE_EVIDENCE.FILE_NAME),
                r.get(MILESTONE_EVIDENCE.CONTENT_TYPE), r.get(MILESTONE_EVIDENCE.FILE_SIZE),
                r.get(MILESTONE_EVIDENCE.FILE_SHA256), r.get(MILESTONE_EVIDENCE.RECORDED_BY),
                recordedAt == null ? null : recordedAt.toInstant());
    }
}
