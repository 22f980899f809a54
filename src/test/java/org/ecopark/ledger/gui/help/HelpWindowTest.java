package org.ecopark.ledger.gui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.WindowStart;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window opens its user guide from F1 and from 帮助 → 使用说明, at the chapter of the section in view. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowTest {

    @TempDir
    static Path folder;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        model = LedgerApp.start(stage, folder.resolve("ledger-" + System.nanoTime()), UserPreferences.load(folder),
                UiExecutor.background());
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void f1OnThePatentsOpensTheRecordsChapterAtThePatents(FxRobot robot) throws Exception {
        openLedger(robot);
        robot.clickOn("#" + Section.PATENTS.navId());
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.F1).release(KeyCode.F1);

        assertThat(shownTitle(robot)).isEqualTo("录入记录");
        // the chapter opens at its heading 专利, not at its top
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#guide-scroll").queryAs(ScrollPane.class).getVvalue() > 0);
        ScrollPane scroll = robot.lookup("#guide-scroll").queryAs(ScrollPane.class);
        Node heading = robot.lookup("#guide-anchor-patents").query();
        assertThat(((Label) heading).getText()).isEqualTo("专利");
        assertThat(heading.localToScene(heading.getBoundsInLocal()).getMinY())
                .isBetween(0.0, scroll.localToScene(scroll.getBoundsInLocal()).getMaxY());
    }

    @Test
    void f1OnTheCollectionOpensItsChapterAndASecondF1KeepsOneGuide(FxRobot robot) throws Exception {
        openLedger(robot);
        robot.clickOn("#" + Section.COLLECTION.navId());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertThat(shownTitle(robot)).isEqualTo("向企业采集数据");

        Stage main = (Stage) robot.lookup("#main-window").query().getScene().getWindow();
        robot.interact(main::requestFocus);
        robot.clickOn("#" + Section.SUBMISSIONS.navId());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(guideWindows()).hasSize(1);
        assertThat(shownTitle(robot)).isEqualTo("导出和报送");
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
        robot.clickOn("#" + Section.SETTINGS.navId());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertThat(shownTitle(robot)).isEqualTo("备份、恢复和加密");

        robot.clickOn("#guide-next");
        assertThat(shownTitle(robot)).isEqualTo("快捷键");
        assertThat(robot.lookup("#guide-next").queryButton().isDisabled()).isTrue();
        robot.clickOn("#guide-previous");
        assertThat(shownTitle(robot)).isEqualTo("备份、恢复和加密");
    }

    @Test
    void anOpenGuideTurnsToEnglishWhenTheProgramDoes(FxRobot robot) throws Exception {
        openLedger(robot);
        robot.clickOn("#" + Section.SETTINGS.navId());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertThat(shownTitle(robot)).isEqualTo("备份、恢复和加密");

        ComboBox<Locale> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.getSelectionModel().select(Locale.ENGLISH));
        robot.interact(() -> robot.lookup("#settings-apply").queryButton().fire());

        assertThat(shownTitle(robot)).isEqualTo("Backup, restore and encryption");
        assertThat(guideWindows()).hasSize(1);
        assertThat(((Stage) guideWindows().get(0)).getTitle()).isEqualTo("EcoPark Ledger user guide");
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

    private void openLedger(FxRobot robot) throws TimeoutException {
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
    }

    /** The chapter title shown, once the guide is in a showing window. */
    static String shownTitle(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#guide-chapter-title").tryQuery()
                .map(node -> node.isVisible() && node.getScene() != null && node.getScene().getWindow().isShowing())
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#guide-chapter-title").queryAs(Label.class).getText();
    }

    static List<Window> guideWindows() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(window -> window.getScene() != null && window.getScene().getRoot().getId() != null
                        && window.getScene().getRoot().getId().equals("guide-window"))
                .toList();
    }
}
