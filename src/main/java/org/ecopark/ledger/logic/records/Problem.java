package org.ecopark.ledger.logic.records;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.CodeCheckResult;
import org.ecopark.ledger.logic.validation.Severity;

/**
 * One finding about one field of a record, as a message key and arguments so that it shows in the
 * user's language and can be stored (a warning's key identifies its override).
 *
 * @param field      the record component the finding is about (the form shows it at that field), e.g. {@code uscc}
 * @param severity   ERROR blocks saving; WARNING needs a written explanation
 * @param messageKey l10n key of the message
 * @param args       the message's arguments
 */
public record Problem(String field, Severity severity, String messageKey, List<Object> args) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(messageKey, "messageKey");
        if (severity == null || severity == Severity.OK) {
            throw new IllegalArgumentException("a problem is an error or a warning");
        }
        args = args.stream().map(arg -> arg == null ? (Object) "" : arg).toList();
    }

    public static Problem error(String field, String messageKey, Object... args) {
        return new Problem(field, Severity.ERROR, messageKey, Arrays.asList(args));
    }

    public static Problem warning(String field, String messageKey, Object... args) {
        return new Problem(field, Severity.WARNING, messageKey, Arrays.asList(args));
    }

    /** The finding of a code check, or null when the code is OK. */
    public static Problem of(String field, CodeCheckResult result) {
        if (result.isOk()) {
            return null;
        }
        return new Problem(field, result.severity(), result.messageKey(), List.copyOf(result.args()));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What identifies this warning of a row in the warning_override table: field and message key. */
    public String key() {
        return field + ":" + messageKey;
    }

    /** The message in the current language. */
    public String message() {
        return I18n.tr(messageKey, args.toArray());
    }
}
