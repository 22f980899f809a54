package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decorator;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The enterprises section from the keyboard, as the window shows it: a navigation button beside the
 * section, which has the focus after the section was clicked open.
 */
@ExtendWith(ApplicationExtension.class)
class EnterpriseKeyboardTest {

    private RecordsHarness ledger;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("enterprise-keys", LocalDate.of(2025, 8, 15));
        ledger.add(RecordFixtures.juheng(ledger.park.id()));
        ledger.show(stage, context -> {
            ToggleButton nav = new ToggleButton("企业");
            nav.setId("nav-enterprises");
            return new VBox(nav, EnterprisesView.create(context));
        });
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
    void ctrlNRightAfterTheNavigationWasClickedPutsTheCursorInTheFirstField(FxRobot robot) {
        robot.clickOn("#nav-enterprises");
        assertThat(robot.lookup("#nav-enterprises").query().isFocused()).isTrue();

        ctrl(robot, KeyCode.N);

        Node uscc = robot.lookup("#enterprise-uscc").query();
        assertThat(uscc.getScene().getFocusOwner()).isSameAs(uscc);
        assertThat(robot.lookup("#enterprise-uscc").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void escOnATypedFormAsksAndNoKeepsWhatWasTyped(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        robot.write("枣庄鑫泉");
        ledger.answer = false;

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ledger.asked).contains("放弃未保存的修改？");
        assertThat(robot.lookup("#enterprise-uscc").queryTextInputControl().getText()).isEqualTo("枣庄鑫泉");

        ledger.answer = true;
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#enterprise-uscc").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void ctrlNOnATypedFormAsksAndNoKeepsWhatWasTyped(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        robot.write("枣庄鑫泉");
        ledger.answer = false;

        ctrl(robot, KeyCode.N);

        assertThat(ledger.asked).contains("放弃未保存的修改？");
        assertThat(robot.lookup("#enterprise-uscc").queryTextInputControl().getText()).isEqualTo("枣庄鑫泉");
    }

    @Test
    void pickingAnotherRowOnATypedFormAsksAndNoKeepsWhatWasTyped(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        robot.write("枣庄鑫泉");
        ledger.answer = false;
        String juheng = RecordFixtures.juheng(ledger.park.id()).name();

        robot.clickOn(juheng);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ledger.asked).contains("放弃未保存的修改？");
        assertThat(robot.lookup("#enterprise-uscc").queryTextInputControl().getText()).isEqualTo("枣庄鑫泉");
        assertThat(robot.lookup("#record-table").queryTableView().getSelectionModel().getSelectedItem())
                .as("the table shows the form's (new) record again").isNull();

        ledger.answer = true;
        robot.clickOn(juheng);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#enterprise-uscc").queryTextInputControl().getText())
                .isEqualTo(RecordFixtures.juheng(ledger.park.id()).uscc());
    }

    @Test
    void escOnAnUntouchedFormDoesNotAsk(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(ledger.asked).isEmpty();
    }

    @Test
    void aNewBlankFormShowsNoRequiredErrorUntilTheFieldIsLeftOrSaveIsPressed(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors(robot)).isEmpty();
        assertThat(decorations(robot, "#enterprise-uscc")).isZero();

        robot.press(KeyCode.TAB).release(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errors(robot)).as("the credit code was left empty").isNotEmpty();
        assertThat(decorations(robot, "#enterprise-uscc")).isPositive();
        assertThat(decorations(robot, "#enterprise-segment")).as("not visited yet").isZero();

        ctrl(robot, KeyCode.S);
        assertThat(decorations(robot, "#enterprise-segment")).as("after Save").isPositive();
    }

    @Test
    void ctrlNAfterSaveTriedStartsAgainWithoutErrors(FxRobot robot) {
        ctrl(robot, KeyCode.N);
        ctrl(robot, KeyCode.S);
        assertThat(errors(robot)).isNotEmpty();

        robot.clickOn("#nav-enterprises");
        ctrl(robot, KeyCode.N);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(errors(robot)).isEmpty();
        assertThat(decorations(robot, "#enterprise-uscc")).isZero();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The errors shown under the fields. */
    private static String errors(FxRobot robot) {
        return robot.lookup(".field-error").queryAllAs(Label.class).stream().filter(Label::isVisible)
                .map(Label::getText).collect(java.util.stream.Collectors.joining("\n"));
    }

    private static int decorations(FxRobot robot, String id) {
        var list = Decorator.getDecorations(robot.lookup(id).query());
        return list == null ? 0 : list.size();
    }
}
