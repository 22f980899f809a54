package org.ecopark.ledger.model;

import java.time.Instant;

/**
 * A validation warning a user overrode for one row, with the written explanation that travels with the
 * data into the submission package.
 *
 * @param warningKey which warning of the row: the field and the message key, e.g. {@code uscc:validation.uscc.orgcode}
 */
public record WarningOverride(long id, String tableName, long recordId, String warningKey, String explanation,
                              String overriddenBy, Instant overriddenAt) {
}
