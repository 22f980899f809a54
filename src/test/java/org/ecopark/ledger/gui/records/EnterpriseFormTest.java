package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Enters enterprises through the real form, from the keyboard; the park already has 聚恒新材料. */
@ExtendWith(ApplicationExtension.class)
class EnterpriseFormTest {

    private RecordsHarness ledger;
    private Enterprise juheng;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("enterprise-form", LocalDate.of(2025, 8, 15));
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
    void anEnterpriseEnteredInTheFormIsSavedWithCtrlSAndListed(FxRobot robot) {
        Enterprise xinquan = RecordFixtures.xinquan(ledger.park.id());

        robot.clickOn("#record-new");
        robot.clickOn("#enterprise-uscc").write(xinquan.uscc());
        robot.clickOn("#enterprise-name").write(xinquan.name());
        robot.clickOn("#enterprise-short-name").write("鑫泉水处理");
        pick(robot, "#enterprise-segment", "环保制造");
        robot.clickOn("#enterprise-settled").write("2019-05-20");
        robot.clickOn("#enterprise-contact-person").write("孙立强");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#record-count").queryAs(Label.class).getText()).isEqualTo("显示 2 条，共 2 条");
        Enterprise stored = ledger.records().enterprises().list(ledger.park.id()).stream()
                .filter(e -> e.id() != juheng.id()).findFirst().orElseThrow();
        assertThat(stored.uscc()).isEqualTo(xinquan.uscc());
        assertThat(stored.name()).isEqualTo("枣庄鑫泉水处理材料有限公司");
        assertThat(stored.settledOn()).isEqualTo(LocalDate.of(2019, 5, 20));
        assertThat(stored.contactPerson()).isEqualTo("孙立强");

        robot.clickOn("#record-search").write("鑫泉");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#record-count").queryAs(Label.class).getText()).isEqualTo("显示 1 条，共 2 条");
    }

    @Test
    void aMistypedCreditCodeIsRefusedWithTheReasonShown(FxRobot robot) {
        String typo = RecordFixtures.typo(RecordFixtures.xinquan(ledger.park.id()).uscc());

        robot.clickOn("#record-new");
        robot.clickOn("#enterprise-uscc").write(typo);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#field-error-uscc").queryAs(Label.class).getText())
                .as("shown while typing, under the field").contains("校验位不符");
        robot.clickOn("#enterprise-name").write("枣庄鑫泉水处理材料有限公司");
        pick(robot, "#enterprise-segment", "环保制造");
        assertThat(robot.lookup("#record-save").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).contains(typo).contains("校验位不符");
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(ledger.records().enterprises().list(ledger.park.id())).containsExactly(juheng);
    }

    @Test
    void theDeleteKeyRemovesTheSelectedEnterpriseAndCtrlZBringsItBack(FxRobot robot) {
        robot.clickOn(cell(robot, "#record-table", "山东聚恒新材料股份有限公司"));
        assertThat(robot.lookup("#enterprise-name").queryTextInputControl().getText()).isEqualTo(juheng.name());

        robot.press(KeyCode.DELETE).release(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger.records().enterprises().list(ledger.park.id())).isEmpty();

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ledger.records().enterprises().list(ledger.park.id())).containsExactly(juheng);
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(1);
    }

    /** Opens a combo box and clicks the choice in its popup (the list behind may show the same text). */
    static void pick(FxRobot robot, String comboId, String choice) {
        robot.clickOn(comboId);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (javafx.scene.control.ListCell<?> cell) -> choice.equals(cell.getText())).queryAs(javafx.scene.Node.class));
    }

    /** The cell of a table showing {@code text}. */
    static javafx.scene.Node cell(FxRobot robot, String tableId, String text) {
        return robot.lookup(tableId + " .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> cell) -> text.equals(cell.getText())).query();
    }
}
