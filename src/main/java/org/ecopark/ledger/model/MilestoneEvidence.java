package org.ecopark.ledger.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Evidence that a milestone was reached for a province, cluster or park: the completion date, a note and
 * an attached file kept in the database (its bytes are fetched separately, they may be megabytes).
 *
 * @param completedOn null while the evidence only documents progress
 * @param fileName    null when no file is attached; then contentType, fileSize and sha256 are null too
 * @param sha256      lower-case hex of the file's bytes
 */
public record MilestoneEvidence(long id, long targetId, String scopeCode, LocalDate completedOn, String note,
                                String fileName, String contentType, Long fileSize, String sha256,
                                String recordedBy, Instant recordedAt) {

    public boolean hasFile() {
        return fileName != null;
    }
}
