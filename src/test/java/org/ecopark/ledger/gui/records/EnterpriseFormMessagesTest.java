package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.TitleKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Why is 保存 grey?" on a 1366 x 768 screen: what is wrong with the enterprise form is said in words under
 * each field, counted beside Save, and a warning that needs an explanation is scrolled into view with its box.
 * Save and the count stay in view above the fields however far they are scrolled.
 */
@ExtendWith(ApplicationExtension.class)
class EnterpriseFormMessagesTest {

    private RecordsHarness ledger;
    private final Enterprise xinquan = RecordFixtures.xinquan(1);

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("enterprise-messages", LocalDate.of(2025, 8, 15));
        ledger.add(RecordFixtures.juheng(ledger.park.id()));
        ledger.show(stage, EnterprisesView::create, 1366, 768);
    }

    @BeforeEach
    void waitForTheLedger(FxRobot robot) throws Exception {
        RecordsHarness.awaitView(robot, "#record-table");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    void anErrorAndAWarningAreSpelledOutUnderTheirFieldsAndCountedBesideSave(FxRobot robot) {
        enterAWrongCodeAndAFutureDate(robot);

        Label error = robot.lookup("#field-error-uscc").queryAs(Label.class);
        assertThat(error.getText()).contains("校验位不符");
        assertThat(FormOnScreen.shows(error)).as("the error under the credit code is in view").isTrue();
        assertThat(below(error, robot.lookup("#enterprise-uscc").query())).isTrue();
        Label warning = robot.lookup("#warning-text-settledOn").queryAs(Label.class);
        assertThat(warning.getText()).contains("2027-03-01", "晚于今天");
        assertThat(FormOnScreen.shows(warning)).as("the warning under the settling date is in view").isTrue();
        assertThat(below(warning, robot.lookup("#enterprise-settled").query())).isTrue();
        assertThat(FormOnScreen.shows(robot.lookup("#warning-explanation-settledOn").query())).isTrue();
        assertThat(robot.lookup("#field-error-name").queryAs(Label.class).isVisible())
                .as("a field without a problem says nothing").isFalse();

        Hyperlink summary = FormOnScreen.summarySaying(robot, "1 处错误，1 处警告需说明");
        FormOnScreen.follow(robot, summary, robot.lookup("#enterprise-uscc").query());

        robot.interact(() -> robot.lookup("#enterprise-uscc").queryTextInputControl().setText(xinquan.uscc()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        FormOnScreen.follow(robot, FormOnScreen.summarySaying(robot, "1 处警告需说明"),
                robot.lookup("#warning-explanation-settledOn").query());
        FormOnScreen.explainAndSave(robot, summary, "入园协议已签，2027 年 3 月正式入驻");
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
    }

    @Test
    void aWarningAtTheBottomOfTheFormIsScrolledIntoViewWithItsExplanationBox(FxRobot robot) {
        robot.clickOn("#record-new");
        robot.clickOn("#enterprise-uscc").write(xinquan.uscc());
        robot.clickOn("#enterprise-name").write(xinquan.name());
        EnterpriseFormTest.pick(robot, "#enterprise-segment", "环保制造");
        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane scroll = FormOnScreen.scroll(robot.lookup("#enterprise-uscc").query());
        assertThat(scroll.getVvalue()).as("the form shows its top").isZero();
        assertThat(robot.lookup("#record-save").queryButton().isDisabled()).isFalse();

        // a title awarded next year, entered below the titles table
        robot.interact(() -> {
            robot.lookup("#title-kind").<ComboBox<TitleKind>>query().setValue(TitleKind.HIGH_TECH);
            robot.lookup("#title-awarded").<DatePicker>query().setValue(LocalDate.of(2027, 1, 10));
            robot.lookup("#title-add").queryButton().fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Label warning = robot.lookup("#warning-text-titles").queryAs(Label.class);
        assertThat(warning.getText()).contains("2027-01-10", "晚于今天");
        Node explanation = robot.lookup("#warning-explanation-titles").query();
        assertThat(scroll.getVvalue()).as("the form scrolled down to the warning").isPositive();
        assertThat(FormOnScreen.shows(warning)).as("the warning is in view").isTrue();
        assertThat(FormOnScreen.shows(explanation)).as("its explanation box is in view").isTrue();
        Hyperlink summary = FormOnScreen.summarySaying(robot, "1 处警告需说明");

        // the clerk scrolls back up to Save, sees it grey, and follows the summary beside it down to the box
        robot.interact(() -> scroll.setVvalue(scroll.getVmin()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(FormOnScreen.shows(explanation)).as("scrolled away").isFalse();
        FormOnScreen.follow(robot, summary, explanation);
        assertThat(FormOnScreen.shows(warning)).as("the warning is in view again").isTrue();

        FormOnScreen.explainAndSave(robot, summary, "证书已公示，2027 年 1 月颁发");
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
    }

    @Test
    void saveAndTheSummaryStayInViewWhileTheFieldsScrollToTheBottom(FxRobot robot) {
        enterAWrongCodeAndAFutureDate(robot);
        ScrollPane fields = robot.lookup("#enterprises-view-form").queryAs(ScrollPane.class);
        Node uscc = robot.lookup("#enterprise-uscc").query();
        assertThat(FormOnScreen.scroll(uscc)).as("the fields scroll in the form's scroll pane").isSameAs(fields);

        FormOnScreen.scrollToTheBottom(robot, fields);
        assertThat(FormOnScreen.shows(robot.lookup("#title-add").query())).as("the bottom of the form is in view").isTrue();
        assertThat(FormOnScreen.shows(uscc)).as("the first field has scrolled away").isFalse();
        Button save = robot.lookup("#record-save").queryButton();
        Hyperlink summary = FormOnScreen.summarySaying(robot, "1 处错误，1 处警告需说明");
        assertThat(FormOnScreen.staysAbove(save, fields)).as("保存 is still in view").isTrue();
        assertThat(FormOnScreen.staysAbove(summary, fields)).as("so is why it is grey").isTrue();
        FormOnScreen.follow(robot, summary, uscc);

        robot.interact(() -> robot.lookup("#enterprise-uscc").queryTextInputControl().setText(xinquan.uscc()));
        FormOnScreen.scrollToTheBottom(robot, fields);
        Node explanation = robot.lookup("#warning-explanation-settledOn").query();
        FormOnScreen.follow(robot, FormOnScreen.summarySaying(robot, "1 处警告需说明"), explanation);
        robot.write("入园协议已签，2027 年 3 月正式入驻");

        FormOnScreen.scrollToTheBottom(robot, fields);
        assertThat(save.isDisabled()).isFalse();
        assertThat(FormOnScreen.staysAbove(save, fields)).as("保存 is in view at the bottom of the form").isTrue();
        robot.clickOn(save);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
    }

    @Test
    void aNewFormSaysWhichFieldsAreStillToBeFilledInWithoutShowingThemInRed(FxRobot robot) {
        robot.clickOn("#record-new");
        WaitForAsyncUtils.waitForFxEvents();

        Hyperlink summary = robot.lookup("#form-summary").queryAs(Hyperlink.class);
        assertThat(robot.lookup("#record-save").queryButton().isDisabled()).isTrue();
        assertThat(summary.isVisible()).as("a grey Save has its reason beside it").isTrue();
        assertThat(summary.getText()).matches("\\d+ 项待填写");
        assertThat(robot.lookup("#field-error-uscc").queryAs(Label.class).isVisible()).isFalse();

        robot.clickOn(summary);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-error-uscc").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#enterprise-uscc").query().isFocused()).isTrue();
        assertThat(summary.getText()).matches("\\d+ 处错误");
    }

    /** A new enterprise with a credit code one check digit off (an error) and settled next year (a warning). */
    private void enterAWrongCodeAndAFutureDate(FxRobot robot) {
        robot.clickOn("#record-new");
        robot.clickOn("#enterprise-uscc").write(RecordFixtures.typo(xinquan.uscc()));
        robot.clickOn("#enterprise-name").write(xinquan.name());
        EnterpriseFormTest.pick(robot, "#enterprise-segment", "环保制造");
        robot.clickOn("#enterprise-settled").write("2027-03-01");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Whether {@code message} lies directly under {@code field}, in its column (a warning sits in a padded box). */
    private static boolean below(Node message, Node field) {
        var m = message.localToScene(message.getLayoutBounds());
        // the layout bounds: the field's local bounds take in the mark beside it
        var f = field.localToScene(field.getLayoutBounds());
        return m.getMinY() >= f.getMaxY() && m.getMinY() - f.getMaxY() <= 16 && Math.abs(m.getMinX() - f.getMinX()) <= 8;
    }
}
