package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @ParameterizedTest
    @CsvSource({"2025, YEAR, 2025, 2025-01-01, 2025-12-31, 2025年",
            "2025Q3, QUARTER, 2025Q3, 2025-07-01, 2025-09-30, 2025年第3季度",
            "2025q1, QUARTER, 2025Q1, 2025-01-01, 2025-03-31, 2025年第1季度",
            "2024-02, MONTH, 2024-02, 2024-02-01, 2024-02-29, 2024年2月",
            "2023-2025, PLAN, 2023-2025, 2023-01-01, 2025-12-31, 2023—2025年（计划期）"})
    void periodCodesReadAsTheirDates(String code, ReportPeriod.Kind kind, String canonical, LocalDate start,
                                     LocalDate end, String described) {
        ReportPeriod period = ReportPeriod.parse(code);

        assertThat(period.kind()).isEqualTo(kind);
        assertThat(period.code()).isEqualTo(canonical);
        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.describe()).isEqualTo(described);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "25", "2025Q5", "2025-13", "2025-2023", "2025-2025", "Q3", "2025 Q3"})
    void otherTextIsRefusedWithTheFormsThatWork(String code) {
        assertThatThrownBy(() -> ReportPeriod.parse(code)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2025Q3").hasMessageContaining("2023-2025");
    }

    @Test
    void theDefaultAsOfDateIsThePeriodEndOrTodayWhileItRuns() {
        ReportPeriod year = ReportPeriod.year(2025);

        assertThat(year.defaultAsOf(LocalDate.of(2026, 3, 1))).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(year.defaultAsOf(LocalDate.of(2025, 8, 15))).isEqualTo(LocalDate.of(2025, 8, 15));
    }

    @Test
    void everyPeriodCodeFitsTheSubmissionTablesPattern() {
        for (String code : new String[] {"2025", "2025Q3", "2025-07", "2023-2025"}) {
            assertThat(ReportPeriod.parse(code).code()).matches("^[0-9]{4}(Q[1-4]|-[0-9]{2}|-[0-9]{4})?$");
        }
    }
}
