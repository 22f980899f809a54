package org.ecopark.ledger.gui.targets;

/**
 * An entry of a filter list: a value with its label, or "all" (value null). Combo boxes take no null
 * item, so "all" needs an object of its own.
 */
public record Choice<T>(T value, String label) {

    public boolean isAll() {
        return value == null;
    }

    @Override
    public String toString() {
        return label;
    }
}
