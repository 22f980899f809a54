package org.ecopark.ledger.persistence;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds which named constraint a failed write broke, so that a use case can say why in the user's
 * language. Every constraint of the schema is named pk_, uq_, ck_ or fk_; H2 quotes that name in its
 * message (for unique keys with an index suffix), PostgreSQL in its own.
 */
public final class DatabaseErrors {

    private static final Pattern CONSTRAINT = Pattern.compile("\\b((?:PK|UQ|CK|FK)_[A-Z0-9_]+?)(?:_INDEX_[0-9A-Z]+)?\\b",
            Pattern.CASE_INSENSITIVE);

    private DatabaseErrors() {
    }

    /** The lower-case name of the broken constraint, when the error (or one of its causes) names one. */
    public static Optional<String> constraintName(Throwable error) {
        for (Throwable current = error; current != null; current = current.getCause() == current ? null : current.getCause()) {
            if (current.getMessage() == null) {
                continue;
            }
            Matcher matcher = CONSTRAINT.matcher(current.getMessage());
            if (matcher.find()) {
                return Optional.of(matcher.group(1).toLowerCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }
}
