package org.ecopark.ledger.logic.demo;

import java.util.Map;

/**
 * The ledger already holds records and the caller did not ask to replace them. Carries the counts so
 * that the window or the command line can say what would be lost.
 */
public final class DemoRefusedException extends DemoException {

    private final transient Map<String, Integer> existing;

    DemoRefusedException(String message, Map<String, Integer> existing) {
        super(message);
        this.existing = Map.copyOf(existing);
    }

    /** Row counts per record table that is not empty. */
    public Map<String, Integer> existing() {
        return existing;
    }
}
