package org.ecopark.ledger.logic.validation;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one identifier code. It carries a message key and arguments rather than
 * text, so the same result can be shown in Chinese or English and written into a submission package.
 *
 * @param normalised the input in its canonical form when it could be parsed, otherwise the input as
 *                   cleaned up (trimmed, half-width, upper case); never null
 * @param severity   OK, WARNING or ERROR
 * @param messageKey the l10n key of the finding; null exactly when the severity is OK
 * @param args       the message arguments for the key's {0}, {1} placeholders; empty when OK
 */
public record CodeCheckResult(String normalised, Severity severity, String messageKey, List<String> args) {

    public CodeCheckResult {
        Objects.requireNonNull(normalised, "normalised");
        Objects.requireNonNull(severity, "severity");
        if ((severity == Severity.OK) != (messageKey == null)) {
            throw new IllegalArgumentException("a message key is required exactly when the severity is not OK");
        }
        args = List.copyOf(args);
    }

    public static CodeCheckResult ok(String normalised) {
        return new CodeCheckResult(normalised, Severity.OK, null, List.of());
    }

    public static CodeCheckResult warning(String normalised, String messageKey, String... args) {
        return new CodeCheckResult(normalised, Severity.WARNING, messageKey, Arrays.asList(args));
    }

    public static CodeCheckResult error(String normalised, String messageKey, String... args) {
        return new CodeCheckResult(normalised, Severity.ERROR, messageKey, Arrays.asList(args));
    }

    public boolean isOk() {
        return severity == Severity.OK;
    }

    public boolean blocksSaving() {
        return severity.blocksSaving();
    }

    /** The arguments as the {@code Object...} that {@code I18n.tr(key, args)} takes. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
