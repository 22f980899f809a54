package org.ecopark.ledger.logic.records;

/** One field of one audited change: its value before and after, as text (null when absent). */
public record FieldChange(String field, String oldValue, String newValue) {
}
