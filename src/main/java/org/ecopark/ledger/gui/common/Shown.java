package org.ecopark.ledger.gui.common;

import java.util.function.Function;
import javafx.util.StringConverter;

/** Converters for values that are picked from a list (combo and choice boxes that cannot be typed in). */
public final class Shown {

    private Shown() {
    }

    /** Shows a value as {@code text} gives it, and null as nothing. */
    public static <T> StringConverter<T> as(Function<? super T, String> text) {
        return as(text, "");
    }

    /** Shows a value as {@code text} gives it, and null as {@code nothing} (e.g. "not imported"). */
    public static <T> StringConverter<T> as(Function<? super T, String> text, String nothing) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? nothing : text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                // Only an editable box turns text back into a value; these boxes are never editable.
                throw new UnsupportedOperationException("This value is picked from a list, not typed");
            }
        };
    }
}
