package org.ecopark.ledger.model;

import java.time.Instant;

/**
 * One enterprise workbook imported into the ledger. Its SHA-256 recognises the same file imported twice;
 * the period statistics it wrote point back to it.
 *
 * @param enterpriseId the enterprise the workbook was for; 0 for a workbook of all the park's enterprises
 * @param importedAt   null for an import not stored yet
 */
public record CollectionImport(long id, String fileSha256, String fileName, long parkId, long enterpriseId,
                               String periodCode, String templateVersion, int rowCount, Instant importedAt,
                               String importedBy, String note) {
}
