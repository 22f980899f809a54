package org.ecopark.ledger.gui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.l10n.I18n;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window opens its user guide from F1 and from 帮助 → 使用说明, at the chapter of the section in view. */
class HelpWindowTest extends GuideWindowHarness {

    @Override
    Locale language() {
        return I18n.CHINESE;
    }

    @Start
    void start(Stage stage) {
        startWindow(stage);
    }

    @Test
    void f1OnThePatentsOpensTheRecordsChapterAtThePatents(FxRobot robot) throws Exception {
        openLedger(robot);

        assertThat(pressF1On(robot, Section.PATENTS)).isEqualTo("录入记录");

        // the chapter opens at its heading 专利, not at its top
        ScrollPane scroll = robot.lookup("#guide-scroll").queryAs(ScrollPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scroll.getVvalue() > 0);
        Node heading = robot.lookup("#guide-anchor-patents").query();
        assertThat(((Label) heading).getText()).isEqualTo("专利");
        assertThat(heading.localToScene(heading.getBoundsInLocal()).getMinY())
                .isBetween(0.0, scroll.localToScene(scroll.getBoundsInLocal()).getMaxY());
    }

    @Test
    void f1OnTheCollectionOpensItsChapterAndASecondF1KeepsOneGuide(FxRobot robot) throws Exception {
        openLedger(robot);
        assertThat(pressF1On(robot, Section.COLLECTION)).isEqualTo("向企业采集数据");

        Stage main = (Stage) robot.lookup("#main-window").query().getScene().getWindow();
        robot.interact(main::requestFocus);

        assertThat(pressF1On(robot, Section.SUBMISSIONS)).isEqualTo("导出和报送");
        assertThat(guideWindows()).hasSize(1);
    }

    @Test
    void theHelpMenuOpensTheGuideAtTheDashboardsChapter(FxRobot robot) throws Exception {
        openLedger(robot);
        robot.clickOn("#menu-help").clickOn("#menu-guide");

        assertThat(shownTitle(robot)).isEqualTo("查看进展");
        assertThat(guideWindows()).hasSize(1);
        assertThat(robot.lookup("#guide-chapters").queryListView().getSelectionModel().getSelectedItem())
                .hasToString("查看进展");
    }

    @Test
    void theNextChapterButtonMovesThroughTheGuide(FxRobot robot) throws Exception {
        openLedger(robot);
        assertThat(pressF1On(robot, Section.SETTINGS)).isEqualTo("备份、恢复和加密");

        robot.clickOn("#guide-next");
        assertThat(shownTitle(robot)).isEqualTo("快捷键");
        assertThat(robot.lookup("#guide-next").queryButton().isDisabled()).isTrue();
        robot.clickOn("#guide-previous");
        assertThat(shownTitle(robot)).isEqualTo("备份、恢复和加密");
    }

    @Test
    void anOpenGuideTurnsToEnglishWhenTheProgramDoes(FxRobot robot) throws Exception {
        openLedger(robot);
        assertThat(pressF1On(robot, Section.SETTINGS)).isEqualTo("备份、恢复和加密");

        ComboBox<Locale> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.getSelectionModel().select(Locale.ENGLISH));
        robot.interact(() -> robot.lookup("#settings-apply").queryButton().fire());

        assertThat(shownTitle(robot)).isEqualTo("Backup, restore and encryption");
        assertThat(guideWindows()).singleElement().extracting(window -> ((Stage) window).getTitle())
                .isEqualTo("EcoPark Ledger user guide");
    }

    @Test
    void escClosesTheGuideAndClosingTheMainWindowClosesItToo(FxRobot robot) throws Exception {
        openLedger(robot);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        shownTitle(robot);
        robot.clickOn("#guide-chapter-title");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guideWindows()).isEmpty();

        robot.clickOn("#menu-help").clickOn("#menu-guide");
        assertThat(shownTitle(robot)).isEqualTo("查看进展");
        Stage main = (Stage) robot.lookup("#main-window").query().getScene().getWindow();
        robot.interact(main::close);
        assertThat(guideWindows()).isEmpty();
    }
}
