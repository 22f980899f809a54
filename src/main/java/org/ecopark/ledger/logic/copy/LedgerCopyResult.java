package org.ecopark.ledger.logic.copy;

import java.time.Duration;
import org.ecopark.ledger.model.CopyOutcome;

/**
 * A copy made and verified.
 *
 * @param from    the source, as the user named it
 * @param to      the target
 * @param outcome the rows of every table on both sides (equal) and the target's derived check (clean)
 * @param took    how long the copy and its verification took
 */
public record LedgerCopyResult(String from, String to, CopyOutcome outcome, Duration took) {
}
