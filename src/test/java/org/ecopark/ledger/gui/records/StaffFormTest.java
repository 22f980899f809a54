package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.RdStaff;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enters an R&D staff member through the real form and sees the park's headcount go up. */
@ExtendWith(ApplicationExtension.class)
class StaffFormTest {

    private RecordsHarness ledger;
    private Enterprise xinquan;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("staff-form", LocalDate.of(2025, 8, 15));
        xinquan = ledger.add(RecordFixtures.xinquan(ledger.park.id()));
        ledger.records().staff().save(new RdStaff(0, xinquan.id(), "李红", null, Education.BACHELOR, "助理工程师",
                false, LocalDate.of(2022, 7, 1), null), Map.of());
        ledger.show(stage, StaffView::create);
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
    @SuppressWarnings("unchecked")
    void aFullTimePersonIsEnteredAndCounted(FxRobot robot) {
        assertThat(robot.lookup("#staff-headcount").queryAs(Label.class).getText())
                .isEqualTo("2025-08-15 在岗研发人员 1 人，其中全职 0 人");

        robot.clickOn("#staff-name").write("王建国");
        robot.interact(() -> robot.lookup("#staff-enterprise").queryAs(ComboBox.class).setValue(xinquan.id()));
        robot.clickOn("#staff-professional-title").write("高级工程师");
        robot.clickOn("#staff-joined").write("2021-03-01");
        robot.clickOn("#staff-name");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#staff-headcount").queryAs(Label.class).getText())
                .isEqualTo("2025-08-15 在岗研发人员 2 人，其中全职 1 人");
        assertThat(ledger.records().staff().list(ledger.park.id())).extracting(RdStaff::name).contains("王建国");
    }
}
