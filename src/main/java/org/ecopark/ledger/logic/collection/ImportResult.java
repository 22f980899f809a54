package org.ecopark.ledger.logic.collection;

/**
 * What a committed file wrote.
 *
 * @param importId the collection_import row (0 for a list import, which has none)
 * @param replaced the file had been imported before and this import replaced that one
 */
public record ImportResult(String fileName, long importId, int inserted, int updated, boolean replaced) {
}
