package org.ecopark.ledger.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A submission package a park exported to its city bureau (or, in bureau mode, imported from a park).
 *
 * @param id           0 before it is stored
 * @param periodCode   2025, 2025Q3, 2025-07 or a plan range 2023-2025
 * @param fileName     the package's file name, without its folder
 * @param sha256       lower-case hex of the whole package file
 * @param resubmission an earlier export of the same park and period exists
 * @param supersedesId the latest earlier package of the same park and period; null for a first submission
 * @param returned     the bureau sent it back with a return note (已退回); null when it did not
 */
public record Submission(long id, long parkId, String parkCode, String periodCode, LocalDate periodStart,
                         LocalDate periodEnd, Instant createdAt, String createdBy, String fileName, String sha256,
                         String templateVersion, String recipient, String note, boolean resubmission,
                         Direction direction, Long supersedesId, Returned returned) {

    /** Whether the park sent the package or the bureau received it. */
    public enum Direction {
        EXPORT,
        IMPORT
    }

    public Submission withId(long newId) {
        return new Submission(newId, parkId, parkCode, periodCode, periodStart, periodEnd, createdAt, createdBy,
                fileName, sha256, templateVersion, recipient, note, resubmission, direction, supersedesId, returned);
    }
}
