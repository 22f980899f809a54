package org.ecopark.ledger.logic.submission;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.PeriodCodes;
import org.ecopark.ledger.model.StatPeriod;

/**
 * The period a package reports on: a month, a quarter, a year (the calendar periods of {@link StatPeriod})
 * or a range of whole years such as the 311 plan's 2023-2025. The code is what the package, its file name
 * and the submission history carry: {@code 2025-07}, {@code 2025Q3}, {@code 2025}, {@code 2023-2025}.
 *
 * @param end inclusive, as everywhere in the ledger
 */
public record ReportPeriod(Kind kind, String code, LocalDate start, LocalDate end) {

    /** What sort of period it is; a range of years is a plan period. */
    public enum Kind {
        MONTH,
        QUARTER,
        YEAR,
        PLAN
    }

    private static final Pattern RANGE = Pattern.compile("(\\d{4})-(\\d{4})");

    public ReportPeriod {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException(code + " ends before it starts");
        }
    }

    public static ReportPeriod of(StatPeriod period) {
        Kind kind = switch (period.type()) {
            case MONTH -> Kind.MONTH;
            case QUARTER -> Kind.QUARTER;
            case YEAR -> Kind.YEAR;
        };
        return new ReportPeriod(kind, period.code(), period.start(), period.end());
    }

    public static ReportPeriod year(int year) {
        return of(StatPeriod.year(year));
    }

    public static ReportPeriod quarter(int year, int quarter) {
        return of(StatPeriod.quarter(year, quarter));
    }

    /** The whole years {@code firstYear} to {@code lastYear}, e.g. the plan period 2023-2025. */
    public static ReportPeriod years(int firstYear, int lastYear) {
        if (lastYear <= firstYear) {
            throw new IllegalArgumentException(I18n.tr("submission.period.invalid", firstYear + "-" + lastYear));
        }
        return new ReportPeriod(Kind.PLAN, firstYear + "-" + lastYear, LocalDate.of(firstYear, 1, 1),
                LocalDate.of(lastYear, 12, 31));
    }

    /**
     * Reads 2025, 2025Q3, 2025-07 or 2023-2025. A four-digit part after the dash is a range of years,
     * two digits a month.
     *
     * @throws IllegalArgumentException with a message in the user's language
     */
    public static ReportPeriod parse(String code) {
        String text = code == null ? "" : code.strip();
        Matcher range = RANGE.matcher(text);
        if (range.matches()) {
            int first = Integer.parseInt(range.group(1));
            int last = Integer.parseInt(range.group(2));
            if (first < 1990 || last > 2100 || last <= first) {
                throw new IllegalArgumentException(I18n.tr("submission.period.invalid", code));
            }
            return years(first, last);
        }
        try {
            return of(PeriodCodes.parse(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(I18n.tr("submission.period.invalid", code), e);
        }
    }

    /** The period as a reader says it: 2025年, 2025年第3季度, 2025年7月, 2023—2025年. */
    public String describe() {
        return switch (kind) {
            case PLAN -> I18n.tr("submission.period.plan", String.valueOf(start.getYear()), String.valueOf(end.getYear()));
            case MONTH -> PeriodCodes.describe(StatPeriod.month(start.getYear(), start.getMonthValue()));
            case QUARTER -> PeriodCodes.describe(StatPeriod.quarter(start.getYear(), (start.getMonthValue() - 1) / 3 + 1));
            case YEAR -> PeriodCodes.describe(StatPeriod.year(start.getYear()));
        };
    }

    /** The date figures are judged at unless the user picks another: the period end, or today while it runs. */
    public LocalDate defaultAsOf(LocalDate today) {
        return today.isBefore(end) ? today : end;
    }

    @Override
    public String toString() {
        return code;
    }
}
