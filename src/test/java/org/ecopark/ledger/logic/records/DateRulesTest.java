package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.PeriodCodes;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.logic.validation.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRulesTest {

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @ParameterizedTest(name = "on {0}, {1} has ended: {2}")
    @CsvSource({
            "2026-12-06, 2026-11, true",
            "2026-12-06, 2026-12, false",
            "2026-12-31, 2026-12, true",
            "2026-12-30, 2026-12, false",
            "2027-01-01, 2026-12, true",
            "2026-12-06, 2027-11, false",
            "2026-12-06, 2026Q3, true",
            "2026-12-06, 2026Q4, false",
            "2026-12-06, 2026, false",
            "2026-12-06, 2025, true",
            "2026-12-31, 2026, true"})
    void aPeriodHasEndedOnItsLastDay(LocalDate today, String period, boolean ended) {
        DateRules rules = new DateRules(RecordFixtures.clockAt(today));

        assertThat(rules.hasEnded(PeriodCodes.parse(period))).isEqualTo(ended);
        assertThat(rules.notEnded(StatisticsService.PERIOD, PeriodCodes.parse(period)).isPresent()).isEqualTo(!ended);
    }

    @Test
    void aPeriodNotEndedIsAnErrorNamingThePeriodAndToday() {
        Problem problem = RecordFixtures.DATES.notEnded(StatisticsService.PERIOD, StatPeriod.month(2027, 11)).orElseThrow();

        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.field()).isEqualTo(StatisticsService.PERIOD);
        assertThat(problem.message()).isEqualTo("2027-11 尚未结束（今天是 2026-12-06），不能填报实际统计数。");
        I18n.setLocale(java.util.Locale.ENGLISH);
        assertThat(problem.message())
                .isEqualTo("2027-11 has not ended yet (today is 2026-12-06); actual figures cannot be entered for it.");
    }

    @ParameterizedTest(name = "{0}: a warning? {1}")
    @CsvSource({"2026-12-05, false", "2026-12-06, false", "2026-12-07, true", "2027-05-01, true"})
    void aDateThatRecordsWhatHappenedWarnsOnlyAfterToday(LocalDate date, boolean warned) {
        Problem problem = DateRules.happened("settledOn", "入驻日期", date, RecordFixtures.TODAY);

        if (warned) {
            assertThat(problem.severity()).isEqualTo(Severity.WARNING);
            assertThat(problem.key()).isEqualTo("settledOn:" + DateRules.KEY_FUTURE);
            assertThat(problem.message()).startsWith("入驻日期 " + date + " 晚于今天（2026-12-06）");
        } else {
            assertThat(problem).isNull();
        }
        assertThat(DateRules.happened("settledOn", "入驻日期", null, RecordFixtures.TODAY)).isNull();
    }

    @ParameterizedTest(name = "as of {0}: at most today {1}")
    @CsvSource({"2025-12-31, 2025-12-31", "2026-12-06, 2026-12-06", "2026-12-31, 2026-12-06"})
    void aScreenStartsFromTheAsOfDateButNeverAfterToday(LocalDate asOf, LocalDate expected) {
        assertThat(RecordFixtures.DATES.atMostToday(asOf)).isEqualTo(expected);
    }
}
