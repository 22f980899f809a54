package org.ecopark.ledger.logic.collection;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.StatPeriod;

/** Reads the period codes {@link StatPeriod#code()} writes: 2025 (year), 2025Q1 (quarter), 2025-03 (month). */
public final class PeriodCodes {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:[Qq]([1-4])|-(\\d{2}))?");

    private PeriodCodes() {
    }

    /**
     * @throws IllegalArgumentException with a message in the user's language when the code is not one
     */
    public static StatPeriod parse(String code) {
        Matcher matcher = CODE.matcher(code == null ? "" : code.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(I18n.tr("collection.period.invalid", code));
        }
        int year = Integer.parseInt(matcher.group(1));
        if (year < 1990 || year > 2100) {
            throw new IllegalArgumentException(I18n.tr("collection.period.invalid", code));
        }
        if (matcher.group(2) != null) {
            return StatPeriod.quarter(year, Integer.parseInt(matcher.group(2)));
        }
        if (matcher.group(3) != null) {
            int month = Integer.parseInt(matcher.group(3));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException(I18n.tr("collection.period.invalid", code));
            }
            return StatPeriod.month(year, month);
        }
        return StatPeriod.year(year);
    }

    /** The period as a reader says it: 2025年, 2025年第1季度, 2025年3月. */
    public static String describe(StatPeriod period) {
        int year = period.start().getYear();
        return switch (period.type()) {
            case YEAR -> I18n.tr("collection.period.year", String.valueOf(year));
            case QUARTER -> I18n.tr("collection.period.quarter", String.valueOf(year), (period.start().getMonthValue() - 1) / 3 + 1);
            case MONTH -> I18n.tr("collection.period.month", String.valueOf(year), period.start().getMonthValue());
        };
    }
}
