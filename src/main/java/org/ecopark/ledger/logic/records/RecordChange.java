package org.ecopark.ledger.logic.records;

import org.ecopark.ledger.model.AuditAction;

/**
 * A change that was written and audited; handing it back to the service undoes it.
 *
 * @param auditId the audit log entry that holds the values before and after
 */
public record RecordChange(long auditId, String table, long recordId, AuditAction action) {
}
