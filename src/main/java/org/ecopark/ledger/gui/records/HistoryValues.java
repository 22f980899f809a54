package org.ecopark.ledger.gui.records;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.HistoryEntry;

/**
 * The shapes of logged values a history shows as the forms show them, whatever the record: the audit log
 * keeps {@code true}, plain decimals and lists as JSON, which a clerk should not have to read.
 */
final class HistoryValues {

    private HistoryValues() {
    }

    /** 是/否 (Yes/No) for a logged boolean. */
    static String yesNo(String logged) {
        return logged == null ? null : FormControls.format(Boolean.parseBoolean(logged));
    }

    /** An amount in 万元 as the forms label it: "1200.5 万元". */
    static String tenThousandYuan(String logged) {
        return logged == null ? null : I18n.tr("records.history.tenThousandYuan", number(logged));
    }

    /** A percentage: "45%". */
    static String percent(String logged) {
        return logged == null ? null : I18n.tr("records.history.percent", number(logged));
    }

    /** A logged list of parts, each shown by {@code shown}, in one line. */
    static <T> String parts(String logged, Class<T[]> type, Function<T, String> shown) {
        List<T> parts = HistoryEntry.parts(logged, type);
        return parts.stream().map(shown).collect(Collectors.joining(I18n.tr("records.history.partSeparator")));
    }

    /** Pieces of one part, the empty ones left out. */
    static String joined(String... pieces) {
        return java.util.Arrays.stream(pieces).filter(piece -> piece != null && !piece.isBlank())
                .collect(Collectors.joining(" "));
    }

    /** A decimal of a logged part as the audit log writes it; null stays null. */
    static String text(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    private static String number(String logged) {
        try {
            return FormControls.format(new BigDecimal(logged));
        } catch (NumberFormatException e) {
            return logged;
        }
    }
}
