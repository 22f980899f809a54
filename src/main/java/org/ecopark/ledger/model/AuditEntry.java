package org.ecopark.ledger.model;

import java.time.Instant;

/**
 * One change of one row as the audit log keeps it: who, when, which table and key, and the row's values
 * before and after as JSON text (null before an insert and after a delete).
 */
public record AuditEntry(long id, Instant changedAt, String changedBy, String tableName, String recordKey,
                         AuditAction action, String oldValues, String newValues) {
}
