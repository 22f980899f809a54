package org.ecopark.ledger.logic.copy;

import java.util.Optional;
import org.ecopark.ledger.model.CopyOutcome;

/**
 * A copy refused or undone, with the reason in the user's language; nothing of it stayed in the target. When the copy
 * was made but failed its verification, the outcome says what differed.
 */
public final class LedgerCopyException extends RuntimeException {

    private final transient CopyOutcome outcome;

    LedgerCopyException(String message) {
        this(message, null, null);
    }

    LedgerCopyException(String message, CopyOutcome outcome, Throwable cause) {
        super(message, cause);
        this.outcome = outcome;
    }

    /** What the verification found, when the copy got that far. */
    public Optional<CopyOutcome> outcome() {
        return Optional.ofNullable(outcome);
    }
}
