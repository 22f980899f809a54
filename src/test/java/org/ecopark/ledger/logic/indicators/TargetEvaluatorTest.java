package org.ecopark.ledger.logic.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.TargetStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TargetEvaluatorTest {

    /**
     * Target 100 (≥ unless said otherwise). Columns: comparator, actual, pace, forecast, met, deadline reached,
     * missed year, expected status. Empty cells are null.
     */
    @ParameterizedTest(name = "[{index}] {0} actual={1} pace={2} forecast={3} met={4} due={5} missed={6} -> {7}")
    @CsvSource({
            ">=, ,    50,  ,    false, false, false, NO_DATA",
            ">=, ,    50,  ,    false, true,  false, NO_DATA",
            ">=, 100, 50,  ,    true,  false, false, ACHIEVED",
            ">=, 100, 100, ,    true,  true,  false, ACHIEVED",
            ">=, 80,  100, ,    false, true,  false, OVERDUE",
            ">=, 80,  100, 120, false, true,  false, OVERDUE",
            ">=, 60,  50,  ,    false, false, false, ON_TRACK",
            ">=, 50,  50,  ,    false, false, false, ON_TRACK",
            ">=, 40,  50,  100, false, false, false, ON_TRACK",
            ">=, 40,  50,  90,  false, false, false, BEHIND",
            ">=, 40,  50,  89,  false, false, false, AT_RISK",
            ">=, 25,  50,  ,    false, false, false, BEHIND",
            ">=, 24,  50,  ,    false, false, false, AT_RISK",
            ">=, 0,   ,    ,    false, false, false, ON_TRACK",
            ">=, 90,  50,  ,    false, false, true,  AT_RISK",
            "≈,  40,  50,  95,  false, false, false, ON_TRACK",
            "≈,  40,  50,  94,  false, false, false, BEHIND",
            ">,  40,  50,  100, false, false, false, BEHIND",
    })
    void statusRules(String comparator, BigDecimal actual, BigDecimal pace, BigDecimal forecast, boolean met,
                     boolean deadlineReached, boolean missedYear, TargetStatus expected) {
        TargetEvaluator.Facts facts = new TargetEvaluator.Facts(Comparator.fromCode(comparator), BigDecimal.valueOf(100),
                actual, actual, pace, forecast, met, deadlineReached, missedYear);
        assertThat(TargetEvaluator.status(facts)).isEqualTo(expected);
    }

    @Test
    void theYearSoFarIsComparedWithThePaceNotTheShownValue() {
        // a RECURRING target shows its weakest year (1 ≥ 1) but this year has nothing yet by June: behind
        TargetEvaluator.Facts facts = new TargetEvaluator.Facts(Comparator.AT_LEAST, BigDecimal.ONE, BigDecimal.ONE,
                BigDecimal.ZERO, new BigDecimal("0.5"), null, false, false, false);
        assertThat(TargetEvaluator.status(facts)).isEqualTo(TargetStatus.AT_RISK);
    }

    @ParameterizedTest(name = "pace at {0} = {1}")
    @CsvSource({
            "2022-12-31, 20",
            "2023-01-01, 20",
            "2024-07-02, 60",
            "2025-12-31, 100",
            "2026-06-30, 100",
    })
    void linearPaceRunsFromTheBaselineToTheTargetAtTheDeadline(LocalDate at, BigDecimal expected) {
        // 2023-01-01 .. 2025-12-31 is 1095 days; 2024-07-02 is day 548: 20 + 80 * 548/1095 = 60.04
        BigDecimal pace = TargetEvaluator.linearPace(LocalDate.of(2023, 1, 1), BigDecimal.valueOf(20),
                LocalDate.of(2025, 12, 31), BigDecimal.valueOf(100), at);
        assertThat(pace).isCloseTo(expected, org.assertj.core.data.Offset.offset(new BigDecimal("0.05")));
    }

    @ParameterizedTest(name = "share at {0} = {1}")
    @CsvSource({
            "2025-01-15, 0",
            "2025-01-31, 5",
            "2025-06-30, 30",
            "2025-07-01, 30",
            "2025-12-31, 60",
    })
    void aYearlyTargetIsDueOneTwelfthPerCompleteMonth(LocalDate at, BigDecimal expected) {
        assertThat(TargetEvaluator.yearSharePace(BigDecimal.valueOf(60), at)).isEqualByComparingTo(expected);
    }
}
