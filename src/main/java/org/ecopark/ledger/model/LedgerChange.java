package org.ecopark.ledger.model;

import java.util.Locale;
import java.util.Set;

/**
 * What one commit wrote: the tables (lower-case names) that rows were inserted into, updated in or deleted
 * from. Announced once, after the commit, to every screen that shows ledger data.
 *
 * @param tables the tables written; {@link #ANY_TABLE} when a statement's table could not be told
 */
public record LedgerChange(Set<String> tables) {

    /** Stands for "any table": a write whose table is unknown. */
    public static final String ANY_TABLE = "*";

    public LedgerChange {
        tables = Set.copyOf(tables);
    }

    /** Whether the commit may have written any of {@code names} (case-insensitive table names). */
    public boolean touches(String... names) {
        if (tables.contains(ANY_TABLE)) {
            return true;
        }
        for (String name : names) {
            if (tables.contains(name.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
