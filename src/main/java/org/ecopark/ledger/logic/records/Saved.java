package org.ecopark.ledger.logic.records;

/** A record as it was stored (with its id) and the audited change that stored it. */
public record Saved<T>(T record, RecordChange change) {
}
