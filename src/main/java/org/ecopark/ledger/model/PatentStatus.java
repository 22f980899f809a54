package org.ecopark.ledger.model;

/** Where a patent stands; GRANTED and LAPSED need a grant date, LAPSED a lapse date as well. */
public enum PatentStatus {
    PENDING,
    GRANTED,
    LAPSED,
    REJECTED,
    WITHDRAWN;

    /** Whether a patent in this status has been granted (and so has a grant date). */
    public boolean wasGranted() {
        return this == GRANTED || this == LAPSED;
    }
}
