package org.ecopark.ledger.logic.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.DerivedDifference;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.model.Unit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LedgerCheckTextTest {

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    private static List<String> lines(BigDecimal shown, BigDecimal records) {
        return LedgerCheckText.lines(new LedgerCheck(List.of(), List.of(new EvaluationDifference("ZZSZ", "ZZSZ-T02",
                Unit.YI_YUAN, LocalDate.of(2025, 12, 31), shown, TargetStatus.OVERDUE, records, TargetStatus.ACHIEVED)),
                List.of(), 1, 14));
    }

    @Test
    void valuesAreRoundedAsTheDashboardShowsThem() {
        assertThat(lines(new BigDecimal("54.4498"), new BigDecimal("60.0270"))).containsExactly(
                "园区 ZZSZ 目标 ZZSZ-T02（截至 2025-12-31）：程序显示 54.45 亿元（逾期未完成），按记录计算为 60.03 亿元（已完成）。");
    }

    @Test
    void aDifferenceTheRoundingWouldHideIsShownInFull() {
        assertThat(lines(new BigDecimal("60.0270"), new BigDecimal("60.0271")).get(0))
                .contains("程序显示 60.027 亿元", "按记录计算为 60.0271 亿元");
    }

    @Test
    void aLedgerThatAgreesSaysSoWithItsCounts() {
        assertThat(LedgerCheckText.lines(new LedgerCheck(List.of(), List.of(), List.of(), 3, 42)))
                .containsExactly("检查通过：3 个园区的汇总数据与记录一致，42 项目标评估与直接按记录计算的结果相同。");
    }

    @Test
    void derivedDataIsNamedByWhatItHolds() {
        assertThat(LedgerCheckText.lines(new LedgerCheck(List.of(new DerivedDifference("ZZSZ",
                DerivedDifference.Table.STAFF_SPANS, 0, 211, 211)), List.of(), List.of(), 1, 0)))
                .containsExactly("园区 ZZSZ：专职研发人员的计数与记录不符（台账中 0 行，按记录重算 211 行，211 行不同）。");
    }
}
