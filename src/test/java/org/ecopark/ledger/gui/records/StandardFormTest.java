package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enters a standard through the real form: a malformed code is refused, the corrected one saved. */
@ExtendWith(ApplicationExtension.class)
class StandardFormTest {

    private RecordsHarness ledger;
    private Enterprise xinquan;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("standard-form", LocalDate.of(2025, 8, 15));
        xinquan = ledger.add(RecordFixtures.xinquan(ledger.park.id()));
        ledger.show(stage, StandardsView::create);
    }

    @BeforeEach
    void waitForTheLedger(FxRobot robot) throws Exception {
        RecordsHarness.awaitView(robot, "#record-table");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private void save(FxRobot robot) {
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBadCodeIsRefusedAndTheCorrectedStandardIsSavedWithTheLevelItsCodeTells(FxRobot robot) {
        robot.clickOn("#standard-code").write("DB37T 44O4-2021");
        robot.clickOn("#standard-title").write("水处理剂 聚合氯化铝铁");
        robot.interact(() -> robot.lookup("#standard-enterprise").queryAs(ComboBox.class).setValue(xinquan.id()));
        robot.clickOn("#standard-published").write("2021-09-10");
        robot.clickOn("#standard-title");
        save(robot);

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).contains("不是标准号的格式");
        assertThat(robot.lookup("#field-error-code").queryAs(Label.class).getText()).contains("DB37T 44O4-2021");
        assertThat(ledger.records().standards().list(ledger.park.id())).isEmpty();

        TextField code = robot.lookup("#standard-code").queryAs(TextField.class);
        robot.interact(code::clear);
        robot.clickOn(code).write("DB37T 4404-2021");
        assertThat(robot.lookup("#standard-level").queryAs(ComboBox.class).getValue()).isEqualTo(StandardLevel.LOCAL);
        save(robot);

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(robot.lookup("#standard-summary").queryAs(Label.class).getText()).startsWith("共 1 项标准");
        assertThat(ledger.records().standards().list(ledger.park.id())).singleElement().satisfies(s -> {
            assertThat(s.code()).isEqualTo("DB37/T 4404-2021");
            assertThat(s.level()).isEqualTo(StandardLevel.LOCAL);
            assertThat(s.role()).isEqualTo(StandardRole.PARTICIPANT);
            assertThat(s.enterpriseId()).isEqualTo(xinquan.id());
            assertThat(s.publishedOn()).isEqualTo(LocalDate.of(2021, 9, 10));
        });
    }
}
