package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.StatisticsService;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.StatPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enters a month of statistics through the real grid; July 2024 is on record for the comparison. */
@ExtendWith(ApplicationExtension.class)
class StatisticsGridTest {

    private RecordsHarness ledger;
    private Enterprise xinquan;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("statistics-grid", LocalDate.of(2025, 8, 15));
        xinquan = ledger.add(RecordFixtures.xinquan(ledger.park.id()));
        ledger.records().statistics().save(xinquan.id(), StatPeriod.month(2024, 7), Map.of(
                "OUTPUT_VALUE", new BigDecimal("1820"), "MAIN_REVENUE", new BigDecimal("1650"),
                "EMPLOYEES", new BigDecimal("205")), Map.of());
        ledger.show(stage, StatisticsView::create);
    }

    @BeforeEach
    void waitForTheLedger(FxRobot robot) throws Exception {
        RecordsHarness.awaitView(robot, "#stat-grid");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void aMonthOfStatisticsIsEnteredBesideLastYearsAndSaved(FxRobot robot) {
        assertThat(robot.lookup("#stat-last-OUTPUT_VALUE").queryAs(Label.class).getText()).isEqualTo("1820");

        robot.clickOn("#stat-value-OUTPUT_VALUE").write("2034.75");
        robot.clickOn("#stat-value-MAIN_REVENUE").write("1856.4");
        robot.clickOn("#stat-value-OPERATING_REVENUE").write("1903.2");
        robot.clickOn("#stat-value-RD_SPENDING").write("88.6");
        robot.clickOn("#stat-value-EMPLOYEES").write("212");
        assertThat(robot.lookup("#stat-change-OUTPUT_VALUE").queryAs(Label.class).getText()).isEqualTo("+11.8%");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).contains("2025-07");
        assertThat(ledger.records().statistics().sheet(xinquan.id(), StatPeriod.month(2025, 7)).lines().stream()
                .filter(line -> line.value() != null).count()).isEqualTo(5);
    }

    @Test
    void aMonthThatHasNotEndedTakesNoFiguresAndSaysWhy(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#stat-year").<Spinner<Integer>>query().getValueFactory().setValue(2026);
            robot.lookup("#stat-part").<ComboBox<Integer>>query().setValue(12);
        });
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#stat-value-OUTPUT_VALUE").queryAs(TextField.class).isEditable()).isFalse();
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText())
                .isEqualTo("2026-12 尚未结束（今天是 2026-12-06），不能填报实际统计数。");

        robot.interact(() -> robot.lookup("#stat-part").<ComboBox<Integer>>query().setValue(11));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#stat-value-OUTPUT_VALUE").queryAs(TextField.class).isEditable()).isTrue();
    }

    @Test
    void theWarningBesideTheExplanationFollowsTheValueTypedOn(FxRobot robot) {
        robot.clickOn("#stat-value-MAIN_REVENUE").write("5000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#warning-text-MAIN_REVENUE").queryAs(Label.class).getText()).contains("5000 万元");
        robot.clickOn("#warning-explanation-MAIN_REVENUE").write("已核对");

        robot.clickOn("#stat-value-MAIN_REVENUE").press(KeyCode.END).release(KeyCode.END).write("0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stat-value-MAIN_REVENUE").queryAs(TextField.class).getText()).isEqualTo("50000");

        assertThat(robot.lookup("#warning-text-MAIN_REVENUE").queryAs(Label.class).getText())
                .contains("50000 万元", "30.3").doesNotContain("5000 万元");
        assertThat(robot.lookup("#warning-explanation-MAIN_REVENUE").queryAs(TextField.class).getText())
                .as("what was explained stays").isEqualTo("已核对");
    }

    @Test
    void aJumpAgainstLastYearIsSavedOnlyWithAnExplanation(FxRobot robot) {
        robot.clickOn("#stat-value-MAIN_REVENUE").write("18564000");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#record-save").queryButton().isDisabled()).isTrue();

        robot.clickOn("#warning-explanation-MAIN_REVENUE").write("7 月新增 2 万吨产线投产，已与财务报表核对");
        assertThat(robot.lookup("#record-save").queryButton().isDisabled()).isFalse();
        robot.clickOn("#record-save");
        WaitForAsyncUtils.waitForFxEvents();

        PeriodStat stored = ledger.services.records().writes().read().periodStats()
                .find(xinquan.id(), StatPeriod.month(2025, 7)).get(0);
        assertThat(stored.value()).isEqualByComparingTo("18564000");
        assertThat(ledger.services.records().writes().explanations(StatisticsService.TABLE, stored.id()))
                .containsValue("7 月新增 2 万吨产线投产，已与财务报表核对");
    }
}
