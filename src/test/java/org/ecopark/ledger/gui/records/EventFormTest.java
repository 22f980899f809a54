package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.EventType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enters an international forum through the real form, past a mistyped participant count. */
@ExtendWith(ApplicationExtension.class)
class EventFormTest {

    private RecordsHarness ledger;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("event-form", LocalDate.of(2025, 8, 15));
        ledger.show(stage, EventsView::create);
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
    void anEventIsEnteredAndANegativeParticipantCountIsRefusedOnTheWay(FxRobot robot) {
        robot.clickOn("#event-held").write("2025-05-20");
        robot.clickOn("#event-title").write("第二届中日韩水处理技术交流论坛");
        robot.clickOn("#event-type").clickOn("论坛");
        robot.clickOn("#event-international");
        robot.clickOn("#event-participants").write("-150");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#field-error-participants").queryAs(Label.class).getText()).contains("参加人数不能为负数");
        assertThat(robot.lookup("#record-save").queryAs(Button.class).isDisabled()).isTrue();

        robot.doubleClickOn("#event-participants").eraseText(robot.lookup("#event-participants")
                .queryAs(TextField.class).getText().length()).write("150");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(ledger.records().events().list(ledger.park.id())).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo(EventType.FORUM);
            assertThat(event.international()).isTrue();
            assertThat(event.participants()).isEqualTo(150);
            assertThat(event.heldOn()).isEqualTo(LocalDate.of(2025, 5, 20));
        });
    }
}
