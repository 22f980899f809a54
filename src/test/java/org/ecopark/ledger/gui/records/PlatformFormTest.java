package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.PlatformLevel;
import org.ecopark.ledger.model.PlatformType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enters an innovation platform through the real form and sees it counted as in force. */
@ExtendWith(ApplicationExtension.class)
class PlatformFormTest {

    private RecordsHarness ledger;
    private Enterprise xinquan;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("platform-form", LocalDate.of(2025, 8, 15));
        xinquan = ledger.add(RecordFixtures.xinquan(ledger.park.id()));
        ledger.show(stage, PlatformsView::create);
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
    void aProvincialEnterpriseTechnologyCentreIsEnteredAndCounted(FxRobot robot) {
        robot.clickOn("#platform-name").write("山东省企业技术中心（鑫泉）");
        robot.interact(() -> {
            robot.lookup("#platform-type").queryAs(ComboBox.class).setValue(PlatformType.ENTERPRISE_TECH_CENTER);
            robot.lookup("#platform-level").queryAs(ComboBox.class).setValue(PlatformLevel.PROVINCIAL);
        });
        assertThat(robot.lookup("#warning-text-enterpriseId").queryAs(Label.class).isVisible())
                .as("an enterprise's centre without its enterprise").isTrue();
        robot.interact(() -> robot.lookup("#platform-enterprise").queryAs(ComboBox.class).setValue(xinquan.id()));
        robot.clickOn("#platform-approved").write("2019-12-18");
        robot.clickOn("#platform-approved-by").write("山东省工业和信息化厅");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#platform-summary").queryAs(Label.class).getText())
                .isEqualTo("2025-08-15 有效的创新平台 1 个：国家级 0 个，省级 1 个，市级 0 个");
        assertThat(ledger.records().platforms().list(ledger.park.id())).singleElement().satisfies(p -> {
            assertThat(p.enterpriseId()).isEqualTo(xinquan.id());
            assertThat(p.approvedOn()).isEqualTo(LocalDate.of(2019, 12, 18));
            assertThat(p.approvedBy()).isEqualTo("山东省工业和信息化厅");
        });
    }
}
