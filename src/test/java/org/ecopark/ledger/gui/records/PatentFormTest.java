package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enters a patent owned by two of the park's enterprises through the real form. */
@ExtendWith(ApplicationExtension.class)
class PatentFormTest {

    private RecordsHarness ledger;
    private Enterprise xinquan;
    private Enterprise juheng;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("patent-form", LocalDate.of(2025, 8, 15));
        xinquan = ledger.add(RecordFixtures.xinquan(ledger.park.id()));
        juheng = ledger.add(RecordFixtures.juheng(ledger.park.id()));
        ledger.show(stage, PatentsView::create);
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
    void aPatentWithTwoOwnersIsEnteredAndKeepsTheOrderTheyWereTicked(FxRobot robot) {
        Patent invention = RecordFixtures.invention(List.of());

        robot.clickOn("#patent-number").write(invention.number().toLowerCase());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#patent-type").queryAs(ComboBox.class).getValue()).isEqualTo(PatentType.INVENTION);
        robot.clickOn("#patent-title").write(invention.title());
        robot.clickOn("#patent-applied").write("2022-04-06");
        robot.clickOn("#patent-granted").write("2023-09-12");
        tick(robot, xinquan.name());
        tick(robot, juheng.name());
        assertThat(robot.lookup("#patent-owner-order").queryAs(Label.class).getText())
                .isEqualTo("1. 枣庄鑫泉水处理材料有限公司   2. 山东聚恒新材料股份有限公司");
        robot.clickOn("#patent-title");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(ledger.records().patents().list(ledger.park.id())).singleElement().satisfies(patent -> {
            assertThat(patent.number()).isEqualTo(invention.number());
            assertThat(patent.ownerIds()).containsExactly(xinquan.id(), juheng.id());
            assertThat(patent.grantedOn()).isEqualTo(LocalDate.of(2023, 9, 12));
        });
    }

    /** Clicks the tick box of the owner list's row that shows {@code name}. */
    private static void tick(FxRobot robot, String name) {
        Node box = robot.lookup("#patent-owners .check-box").queryAllAs(CheckBox.class).stream()
                .filter(check -> check.getParent() != null && check.getParent().lookupAll(".text").stream()
                        .anyMatch(text -> name.equals(((javafx.scene.text.Text) text).getText())))
                .findFirst().orElseThrow(() -> new AssertionError("no owner row " + name));
        robot.clickOn(box);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
