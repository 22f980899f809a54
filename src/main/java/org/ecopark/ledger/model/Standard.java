package org.ecopark.ledger.model;

import java.time.LocalDate;

/**
 * One enterprise's part in drafting a standard: a standard drafted by three of the park's enterprises
 * is three records with the same code (the "standards drafted" indicator counts distinct codes).
 *
 * @param id           0 for a record not saved yet
 * @param code         normalised, e.g. "GB/T 22627-2024"
 * @param enterpriseId null only in a form draft that has no enterprise chosen yet
 * @param publishedOn  null while the standard is not published
 */
public record Standard(long id, String code, String title, StandardLevel level, StandardRole role, Long enterpriseId,
                       LocalDate publishedOn) {
}
