package org.ecopark.ledger.gui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
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

/** The window in English opens the English guide. */
@ExtendWith(ApplicationExtension.class)
class HelpWindowEnglishTest {

    @TempDir
    static Path folder;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        I18n.setLocale(Locale.ENGLISH);
        model = LedgerApp.start(stage, folder.resolve("ledger-" + System.nanoTime()), UserPreferences.load(folder),
                UiExecutor.background());
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void f1OnTheStatisticsOpensTheEnglishChapter(FxRobot robot) throws Exception {
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
        robot.clickOn("#" + Section.STATISTICS.navId());
        WaitForAsyncUtils.waitForFxEvents();

        robot.press(KeyCode.F1).release(KeyCode.F1);

        assertThat(HelpWindowTest.shownTitle(robot)).isEqualTo("Entering records");
        assertThat(robot.lookup("#guide-anchor-statistics").queryLabeled().getText()).isEqualTo("Statistics");
        assertThat(robot.lookup("#guide-chapters").queryListView().getItems()).extracting(Object::toString)
                .containsExactly("Getting started: a ledger for your park", "Entering records",
                        "Collecting from enterprises", "Reading a status", "Export and send",
                        "Backup, restore and encryption", "Keyboard shortcuts");
    }

    @Test
    void theHelpMenuSaysUserGuide(FxRobot robot) throws Exception {
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
        robot.clickOn("#menu-help").clickOn("#menu-guide");

        assertThat(HelpWindowTest.shownTitle(robot)).isEqualTo("Reading a status");
    }
}
