package org.ecopark.ledger.logic.records;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.CodeCheckResult;

/**
 * The findings about a record draft. Saving needs no error and a written explanation for every warning;
 * the explanations are keyed by {@link Problem#key()}.
 */
public final class RecordValidation {

    private static final RecordValidation OK = new RecordValidation(List.of());

    private final List<Problem> problems;

    private RecordValidation(List<Problem> problems) {
        this.problems = List.copyOf(problems);
    }

    public static RecordValidation ok() {
        return OK;
    }

    public static RecordValidation of(List<Problem> problems) {
        return problems.isEmpty() ? OK : new RecordValidation(problems);
    }

    public static Builder builder() {
        return new Builder();
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /** The findings about one field. */
    public RecordValidation only(String field) {
        return of(problems.stream().filter(problem -> problem.field().equals(field)).toList());
    }

    /** This validation's findings followed by the other's. */
    public RecordValidation and(RecordValidation other) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(other.problems);
        return of(all);
    }

    /** The warnings that have no written explanation in {@code explanations}. */
    public List<Problem> unexplained(Map<String, String> explanations) {
        return warnings().stream().filter(warning -> explanation(explanations, warning).isEmpty()).toList();
    }

    /** Whether a record with these findings may be saved with these explanations. */
    public boolean allowsSaving(Map<String, String> explanations) {
        return !hasErrors() && unexplained(explanations).isEmpty();
    }

    /** The trimmed explanations of this validation's warnings, key -> text; stale ones are left out. */
    public Map<String, String> explanationsOf(Map<String, String> explanations) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (Problem warning : warnings()) {
            String text = explanation(explanations, warning);
            if (!text.isEmpty()) {
                kept.put(warning.key(), text);
            }
        }
        return kept;
    }

    /**
     * Refuses a save that has errors or unexplained warnings.
     *
     * @throws RecordRejectedException with the first reason in the user's language
     */
    public void requireSavable(Map<String, String> explanations) {
        if (hasErrors()) {
            throw new RecordRejectedException(this, errors().get(0).message());
        }
        List<Problem> unexplained = unexplained(explanations);
        if (!unexplained.isEmpty()) {
            throw new RecordRejectedException(this, I18n.tr("records.error.unexplained", unexplained.get(0).message()));
        }
    }

    private static String explanation(Map<String, String> explanations, Problem warning) {
        String text = explanations.get(warning.key());
        return text == null ? "" : text.strip();
    }

    @Override
    public String toString() {
        return problems.toString();
    }

    /** Collects findings field by field. */
    public static final class Builder {

        private final List<Problem> problems = new ArrayList<>();

        public Builder add(Problem problem) {
            if (problem != null) {
                problems.add(problem);
            }
            return this;
        }

        /** Adds the finding of a code check (nothing when it passed). */
        public Builder check(String field, CodeCheckResult result) {
            return add(Problem.of(field, result));
        }

        public Builder error(String field, String messageKey, Object... args) {
            return add(Problem.error(field, messageKey, args));
        }

        public Builder warning(String field, String messageKey, Object... args) {
            return add(Problem.warning(field, messageKey, args));
        }

        /** An error when a required value is missing (null or blank text). */
        public Builder required(String field, Object value, String labelKey) {
            boolean missing = value == null || value instanceof String text && text.isBlank();
            return missing ? error(field, "records.error.required", I18n.tr(labelKey)) : this;
        }

        /**
         * A warning when a date that records something that has happened (an entry, a grant, a start) lies
         * after today; see {@link DateRules}.
         */
        public Builder happened(String field, LocalDate date, LocalDate today, String labelKey) {
            return date != null && date.isAfter(today) ? add(DateRules.happened(field, I18n.tr(labelKey), date, today))
                    : this;
        }

        /** An error when a text is longer than its column holds. */
        public Builder maxLength(String field, String value, int max, String labelKey) {
            return value != null && value.length() > max
                    ? error(field, "records.error.tooLong", I18n.tr(labelKey), max) : this;
        }

        public boolean hasErrorFor(String field) {
            return problems.stream().anyMatch(problem -> problem.isError() && problem.field().equals(field));
        }

        public RecordValidation build() {
            return of(problems);
        }
    }
}
