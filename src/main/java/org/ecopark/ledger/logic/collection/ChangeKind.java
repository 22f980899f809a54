package org.ecopark.ledger.logic.collection;

/** What committing an imported value would do to the ledger. */
public enum ChangeKind {
    /** The ledger has no value there yet. */
    NEW,
    /** The ledger has a different value; the import replaces it. */
    CHANGED,
    /** The ledger has this value already; nothing is written. */
    UNCHANGED
}
