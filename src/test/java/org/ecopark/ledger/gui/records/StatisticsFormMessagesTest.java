package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.StatPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The statistics grid on a 1366 x 768 screen: a figure that is not a number and a jump against last year
 * are spelled out under their metrics, counted beside Save, and the summary leads to each in turn; Save and
 * the summary stay in view above the metrics however far they are scrolled.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsFormMessagesTest {

    private RecordsHarness ledger;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("statistics-messages", LocalDate.of(2025, 8, 15));
        Enterprise xinquan = ledger.add(RecordFixtures.xinquan(ledger.park.id()));
        ledger.records().statistics().save(xinquan.id(), StatPeriod.month(2024, 7), Map.of(
                "OUTPUT_VALUE", new BigDecimal("1820"), "MAIN_REVENUE", new BigDecimal("1650"),
                "EQUIPMENT_SETS", new BigDecimal("12")), Map.of());
        ledger.show(stage, StatisticsView::create, 1366, 768);
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
    void aWrongFigureAndAJumpAreSpelledOutUnderTheirMetricsAndLeadFromTheSummary(FxRobot robot) {
        robot.clickOn("#stat-value-OUTPUT_VALUE").write("2O34");
        robot.clickOn("#stat-value-MAIN_REVENUE").write("1856");
        robot.clickOn("#stat-value-EQUIPMENT_SETS").write("120");
        WaitForAsyncUtils.waitForFxEvents();

        Label error = robot.lookup("#field-error-OUTPUT_VALUE").queryAs(Label.class);
        assertThat(error.getText()).contains("总产值");
        assertThat(FormOnScreen.shows(error)).as("the error is in view").isTrue();
        assertThat(under(error, robot.lookup("#stat-value-OUTPUT_VALUE").query())).isTrue();
        Label warning = robot.lookup("#warning-text-EQUIPMENT_SETS").queryAs(Label.class);
        assertThat(warning.getText()).contains("120");
        assertThat(FormOnScreen.shows(warning)).as("the warning is in view").isTrue();
        assertThat(under(warning, robot.lookup("#stat-value-EQUIPMENT_SETS").query())).isTrue();
        Node explanation = robot.lookup("#warning-explanation-EQUIPMENT_SETS").query();
        assertThat(FormOnScreen.shows(explanation)).as("its explanation box is in view").isTrue();
        Bounds lastYear = bounds(robot.lookup("#stat-last-EQUIPMENT_SETS").query());
        Bounds change = bounds(robot.lookup("#stat-change-EQUIPMENT_SETS").query());
        assertThat(change.getMinX() - lastYear.getMaxX())
                .as("a long message wraps instead of widening the grid's columns: the change stays beside last year's")
                .isLessThan(40);
        assertThat(robot.lookup("#field-messages-MAIN_REVENUE").query().isVisible())
                .as("a metric without a problem says nothing").isFalse();

        Hyperlink summary = FormOnScreen.summarySaying(robot, "1 处错误，1 处警告需说明");
        FormOnScreen.follow(robot, summary, robot.lookup("#stat-value-OUTPUT_VALUE").query());

        robot.interact(() -> robot.lookup("#stat-value-OUTPUT_VALUE").queryTextInputControl().setText("2034"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        FormOnScreen.follow(robot, FormOnScreen.summarySaying(robot, "1 处警告需说明"), explanation);
        FormOnScreen.explainAndSave(robot, summary, "新增一条成套装备生产线，已与出库单核对");
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).contains("2025-07");
    }

    @Test
    void saveAndTheSummaryStayAboveTheMetricsScrolledToTheBottom(FxRobot robot) {
        // a month's figures pasted in with a word before each, and two of them ten times last July's: every
        // metric has an error or a warning with its box under it, more than the screen holds
        List<TextInputControl> values = robot.lookup("#stat-grid .text-field").queryAllAs(TextInputControl.class)
                .stream().filter(field -> field.getId().startsWith("stat-value-")).toList();
        robot.interact(() -> {
            values.forEach(field -> field.setText("约1820"));
            robot.lookup("#stat-value-MAIN_REVENUE").queryTextInputControl().setText("16500");
            robot.lookup("#stat-value-EQUIPMENT_SETS").queryTextInputControl().setText("120");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Hyperlink summary = robot.lookup("#form-summary").queryAs(Hyperlink.class);
        robot.clickOn(summary);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane fields = robot.lookup("#statistics-view-form").queryAs(ScrollPane.class);
        Node first = robot.lookup("#stat-value-OUTPUT_VALUE").query();
        assertThat(FormOnScreen.scroll(first)).as("the metrics scroll in the form's scroll pane").isSameAs(fields);

        FormOnScreen.scrollToTheBottom(robot, fields);
        assertThat(FormOnScreen.shows(first)).as("the first metric has scrolled away").isFalse();
        FormOnScreen.summarySaying(robot, (values.size() - 2) + " 处错误，2 处警告需说明");
        assertThat(FormOnScreen.staysAbove(robot.lookup("#record-save").query(), fields)).as("保存 is in view").isTrue();
        assertThat(FormOnScreen.staysAbove(summary, fields)).as("so is why it is grey").isTrue();
        assertThat(FormOnScreen.staysAbove(robot.lookup("#stat-period-type").query(), fields))
                .as("and which period is entered").isTrue();
        FormOnScreen.follow(robot, summary, first);
    }

    private static Bounds bounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    /** Whether {@code message} lies right under the grid row of {@code field}. */
    private static boolean under(Node message, Node field) {
        Bounds m = message.localToScene(message.getLayoutBounds());
        Bounds f = field.localToScene(field.getLayoutBounds());
        return m.getMinY() >= f.getMaxY() && m.getMinY() - f.getMaxY() <= 20;
    }
}
