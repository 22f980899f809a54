package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another clerk saves or deletes the enterprise while this form is being edited: the save is refused, a dialog names
 * the other clerk and the time and offers to reload, and the form then shows the record as stored; nothing typed
 * overwrites the other clerk's change (issue 21).
 */
@ExtendWith(ApplicationExtension.class)
class RecordConflictFormTest {

    private static final String OTHER = "wangjing";

    private RecordsHarness ledger;
    private Enterprise juheng;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("conflict-form", LocalDate.of(2025, 8, 15));
        juheng = ledger.add(RecordFixtures.juheng(ledger.park.id()));
        ledger.show(stage, EnterprisesView::create);
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
    void aSaveOverAnotherClerksChangeIsRefusedNamingThemAndTheFormReloadsTheStoredRecord(FxRobot robot)
            throws Exception {
        robot.clickOn(EnterpriseFormTest.cell(robot, "#record-table", juheng.name()));
        typeContactPerson(robot, "赵敏");
        ledger.otherClerk(OTHER).enterprises().save(RecordFixtures.withNote(juheng, "王静核对后补充的备注"), juheng, Map.of());
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        DialogPane dialog = awaitDialog(robot);

        assertThat(dialog.getContentText()).contains(OTHER).contains("修改了这条记录").contains("重新载入");
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).contains(OTHER).contains("未写入");
        Enterprise stored = ledger.records().enterprises().find(juheng.id()).orElseThrow();
        assertThat(stored.contactPerson()).as("nothing overwritten").isEqualTo(juheng.contactPerson());
        assertThat(stored.note()).isEqualTo("王静核对后补充的备注");

        robot.clickOn(button(dialog, "重新载入"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contactPerson(robot)).isEqualTo(juheng.contactPerson());
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).startsWith("已重新载入");
        assertThat(robot.lookup("#enterprise-note").queryTextInputControl().getText()).isEqualTo("王静核对后补充的备注");

        typeContactPerson(robot, "赵敏");
        robot.clickOn("#record-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
        Enterprise both = ledger.records().enterprises().find(juheng.id()).orElseThrow();
        assertThat(both.contactPerson()).isEqualTo("赵敏");
        assertThat(both.note()).as("the other clerk's change kept").isEqualTo("王静核对后补充的备注");
    }

    @Test
    void aSaveOfARecordAnotherClerkDeletedSaysSoAndEmptiesTheFormWhenAsked(FxRobot robot) throws Exception {
        robot.clickOn(EnterpriseFormTest.cell(robot, "#record-table", juheng.name()));
        typeContactPerson(robot, "赵敏");
        ledger.otherClerk(OTHER).enterprises().delete(juheng);
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        DialogPane dialog = awaitDialog(robot);

        assertThat(dialog.getContentText()).contains(OTHER).contains("删除了这条记录");
        assertThat(ledger.records().enterprises().list(ledger.park.id())).isEmpty();
        robot.clickOn(button(dialog, "清空表单"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(contactPerson(robot)).isEmpty();
        assertThat(ledger.records().enterprises().list(ledger.park.id())).as("not written back").isEmpty();
    }

    private static void typeContactPerson(FxRobot robot, String name) {
        robot.interact(() -> robot.lookup("#enterprise-contact-person").queryTextInputControl().clear());
        robot.clickOn("#enterprise-contact-person").write(name);
    }

    private static String contactPerson(FxRobot robot) {
        String text = robot.lookup("#enterprise-contact-person").queryTextInputControl().getText();
        return text == null ? "" : text;
    }

    /** The dialog offering to reload, once it is visible in a showing window. */
    private static DialogPane awaitDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dialog-choice").tryQuery()
                .filter(Node::isVisible).filter(node -> node.getScene() != null && node.getScene().getWindow() != null
                        && node.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#dialog-choice").queryAs(DialogPane.class);
    }

    private static Button button(DialogPane dialog, String text) {
        return dialog.getButtonTypes().stream().map(type -> (Button) dialog.lookupButton(type))
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }
}
