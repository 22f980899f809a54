package org.ecopark.ledger.model;

import java.time.Instant;

/**
 * A package sent back by the bureau (已退回): why, when and by whom, and the SHA-256 of the signed return note that
 * said so (the note the bureau wrote, or the one the park imported).
 */
public record Returned(String reason, Instant at, String by, String noteSha256) {
}
