package org.ecopark.ledger.model;

/** What a change did to a row; the audit log keeps one entry per change. */
public enum AuditAction {
    INSERT,
    UPDATE,
    DELETE
}
