package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "FIRST_FRAME,      900,  1.5,  WITHIN",
            "FIRST_FRAME,      900,  1.51, OVER",
            "FIRST_FRAME,      900,  null, UNJUDGED",
            "DASHBOARD_FILLED, 2000, 2.5,  WITHIN",
            "DASHBOARD_FILLED, 2000, 2.6,  OVER",
            "EVALUATION,       100,  null, WITHIN",
            "EVALUATION,       101,  0.5,  OVER",
            "IMPORT,           9000, 1.4,  WITHIN",
            "EXPORT,           2001, null, OVER",
            "PEAK_HEAP,        512,  null, WITHIN",
            "PEAK_HEAP,        600,  null, OVER",
            "NONE,             1e9,  99,   UNJUDGED"})
    void ratioBudgetsJudgeTheRatioAndAbsoluteOnesTheMedian(Budget budget, double median, Double ratio, Budget.Mark mark) {
        assertThat(budget.mark(median, ratio)).isEqualTo(mark);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"FIRST_FRAME|≤ 1.50× floor", "EVALUATION|≤ 100 ms", "EXPORT|≤ 2000 ms",
            "PEAK_HEAP|≤ 512 MB", "NONE|''"})
    void budgetsDescribeThemselvesForTheTable(Budget budget, String text) {
        assertThat(budget.describe()).isEqualTo(text);
    }
}
