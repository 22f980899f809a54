package org.ecopark.ledger.gui.targets;

import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Target;

/** One line of the target list, with the texts its columns show. */
public record TargetRow(Target target, String scopeName) {

    public String code() {
        return target.code();
    }

    public String clause() {
        return target.clause() == null ? "" : target.clause();
    }

    public String title() {
        return target.titleIn(I18n.locale());
    }

    public String kind() {
        return I18n.tr("targets.kind." + target.kind().name());
    }

    public String requirement() {
        return target.requirement();
    }

    public String deadline() {
        return target.deadline().toString();
    }

    public String indicator() {
        return target.indicatorCode();
    }

    public String noteMark() {
        return target.hasNote() ? I18n.tr("targets.list.noteMark") : "";
    }

    /** Whether the search text occurs in the code, clause, title, sentence or either note. */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String needle = search.strip().toLowerCase(java.util.Locale.ROOT);
        return contains(target.code(), needle) || contains(target.clause(), needle) || contains(target.title(), needle)
                || contains(target.titleEn(), needle)
                || contains(target.sentence(), needle) || contains(target.note(), needle)
                || contains(target.userNote(), needle) || contains(target.indicatorCode(), needle);
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(java.util.Locale.ROOT).contains(needle);
    }
}
