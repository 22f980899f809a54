package org.ecopark.ledger.logic.records;

/** How record services clean free text before checking and storing it. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text; blank becomes null, so that an emptied field is stored as absent, not as "". */
    public static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
