package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

/**
 * One target of a plan, as the plan sets it (scope, clause, original sentence, comparator, value in the
 * plan's unit, deadline, indicator, the catalog's note on how an ambiguous sentence is read) plus what
 * the user owns: the baseline, the hidden flag and a note of their own. {@code shipped} targets come
 * from a catalog and are updated by a newer one; the others were added by a user.
 *
 * @param id            database id, 0 before it is stored
 * @param planCode      the plan's code, e.g. {@code SD311}
 * @param code          unique within the plan, e.g. {@code ZZSZ-T02}
 * @param scopeCode     the province, cluster or park code the scope refers to
 * @param value         the plan's number in {@code unit}, without trailing zeros
 * @param indicatorCode the indicator the target is measured by
 * @param note          the catalog's note: an ambiguity or typo and the reading taken; may be null
 * @param baselineValue with {@code baselineDate}: both or neither
 * @param userNote      the user's own note; may be null
 * @param titleEn       the English title; null when the catalog gives none
 */
public record Target(long id, String planCode, String code, TargetScope scope, String scopeCode, String clause,
                     String sentence, String title, TargetKind kind, Comparator comparator, BigDecimal value,
                     Unit unit, LocalDate deadline, String indicatorCode, String note, BigDecimal baselineValue,
                     LocalDate baselineDate, boolean hidden, boolean shipped, String userNote, String titleEn) {

    public Target {
        value = Decimals.plain(value);
        baselineValue = Decimals.plain(baselineValue);
        titleEn = Bilingual.orNull(titleEn);
    }

    /** A target without English title (added by a user). */
    public Target(long id, String planCode, String code, TargetScope scope, String scopeCode, String clause,
                  String sentence, String title, TargetKind kind, Comparator comparator, BigDecimal value,
                  Unit unit, LocalDate deadline, String indicatorCode, String note, BigDecimal baselineValue,
                  LocalDate baselineDate, boolean hidden, boolean shipped, String userNote) {
        this(id, planCode, code, scope, scopeCode, clause, sentence, title, kind, comparator, value, unit, deadline,
                indicatorCode, note, baselineValue, baselineDate, hidden, shipped, userNote, null);
    }

    /** The title in {@code locale}, the Chinese one when there is no English one. */
    public String titleIn(Locale locale) {
        return Bilingual.pick(locale, title, titleEn);
    }

    public boolean hasNote() {
        return note != null && !note.isBlank();
    }

    public boolean hasBaseline() {
        return baselineValue != null && baselineDate != null;
    }

    /** The target as one reads it: {@code ≥ 60 亿元}. */
    public String requirement() {
        return comparator.symbol() + " " + Decimals.text(value) + " " + unit.symbol();
    }

    public Target withId(long newId) {
        return new Target(newId, planCode, code, scope, scopeCode, clause, sentence, title, kind, comparator, value,
                unit, deadline, indicatorCode, note, baselineValue, baselineDate, hidden, shipped, userNote, titleEn);
    }

    public Target withUserFields(BigDecimal newBaselineValue, LocalDate newBaselineDate, boolean newHidden,
                                 String newUserNote) {
        return new Target(id, planCode, code, scope, scopeCode, clause, sentence, title, kind, comparator, value,
                unit, deadline, indicatorCode, note, newBaselineValue, newBaselineDate, newHidden, shipped, newUserNote,
                titleEn);
    }
}
