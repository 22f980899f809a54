package org.ecopark.ledger.logic.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.model.PeriodType;

/** The dates a series is computed at: every month (or quarter) end between two dates, and the last date itself. */
final class SeriesCalendar {

    private SeriesCalendar() {
    }

    /**
     * Month or quarter ends after {@code start} and before {@code end}, then {@code end}; with
     * {@code includeStart} the start date first (a level series starts from the level at its start).
     * When {@code end} is not after {@code start}, just {@code end}.
     */
    static List<LocalDate> points(LocalDate start, LocalDate end, PeriodType step, boolean includeStart) {
        List<LocalDate> points = new ArrayList<>();
        if (!end.isAfter(start)) {
            points.add(end);
            return points;
        }
        if (includeStart) {
            points.add(start);
        }
        int months = step == PeriodType.QUARTER ? 3 : 1;
        LocalDate periodEnd = periodEnd(start, months);
        while (periodEnd.isBefore(end)) {
            if (periodEnd.isAfter(start)) {
                points.add(periodEnd);
            }
            periodEnd = periodEnd.plusDays(1).plusMonths(months).minusDays(1);
        }
        points.add(end);
        return points;
    }

    /** Whether {@code date} ends a period of the step (a month end; for quarters March, June, September, December). */
    static boolean endsPeriod(LocalDate date, PeriodType step) {
        boolean monthEnd = date.getDayOfMonth() == date.lengthOfMonth();
        return step == PeriodType.QUARTER ? monthEnd && date.getMonthValue() % 3 == 0 : monthEnd;
    }

    /** The end of the month or quarter {@code date} lies in. */
    private static LocalDate periodEnd(LocalDate date, int months) {
        int firstMonth = (date.getMonthValue() - 1) / months * months + 1;
        return LocalDate.of(date.getYear(), firstMonth, 1).plusMonths(months).minusDays(1);
    }
}
