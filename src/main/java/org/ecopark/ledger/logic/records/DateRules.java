package org.ecopark.ledger.logic.records;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.ecopark.ledger.model.StatPeriod;

/**
 * What "today" means to the checks, and the two rules that follow from it. A date that records something
 * that has happened (an entry, a grant, a publication, an event held, a start) may lie in the future only
 * with a written explanation, since a typo in the year looks exactly so; a statistics period holds actual
 * figures only once it has ended, so figures for a month still running are refused.
 *
 * <p>One instance per ledger, built from the system clock in the composition root ({@code Services});
 * tests give it a fixed clock.
 */
public final class DateRules {

    /** The warning about a date that records something that has happened and lies after today. */
    public static final String KEY_FUTURE = "records.date.future";
    /** The error about actual figures for a period that has not ended. */
    public static final String KEY_PERIOD_NOT_ENDED = "records.stat.periodNotEnded";

    private final Clock clock;

    public DateRules(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The date, or today when it lies ahead: where a screen starts from the as-of date but must not look ahead. */
    public LocalDate atMostToday(LocalDate date) {
        LocalDate today = today();
        return date.isAfter(today) ? today : date;
    }

    /** Whether the period's last day is today or earlier, so that its actual figures can be known. */
    public boolean hasEnded(StatPeriod period) {
        return !period.end().isAfter(today());
    }

    /** The error that actual figures cannot be entered for the period yet; empty once it has ended. */
    public Optional<Problem> notEnded(String field, StatPeriod period) {
        return hasEnded(period) ? Optional.empty()
                : Optional.of(Problem.error(field, KEY_PERIOD_NOT_ENDED, period.code(), today()));
    }

    /** The same as a sentence in the user's language; empty once the period has ended. */
    public Optional<String> notEndedMessage(StatPeriod period) {
        return notEnded(StatisticsService.PERIOD, period).map(Problem::message);
    }

    /**
     * A warning at {@code field} when {@code date}, which records something that has happened, lies after
     * {@code today}; nothing for a date on or before today or no date.
     *
     * @param label the date's name as the form shows it, in the user's language
     */
    public static Problem happened(String field, String label, LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today) ? Problem.warning(field, KEY_FUTURE, label, date, today) : null;
    }
}
