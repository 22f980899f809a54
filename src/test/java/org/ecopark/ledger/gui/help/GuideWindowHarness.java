package org.ecopark.ledger.gui.help;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.gui.Settled;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.WindowStart;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real window in a language, on a fresh ledger, for the tests of its user guide. */
@ExtendWith(ApplicationExtension.class)
abstract class GuideWindowHarness {

    @TempDir
    static Path folder;

    protected MainViewModel model;

    /** The language the window starts in. */
    abstract Locale language();

    /** Each test class calls this from its own {@code @Start}: TestFX looks for that method in the class itself. */
    void startWindow(Stage stage) {
        I18n.setLocale(language());
        model = LedgerApp.start(stage, folder.resolve("ledger-" + System.nanoTime()), UserPreferences.load(folder),
                UiExecutor.background());
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
        I18n.setLocale(I18n.CHINESE);
    }

    void openLedger(FxRobot robot) throws TimeoutException {
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
    }

    /** Shows a section, presses F1 and answers the chapter title the guide then shows. */
    static String pressF1On(FxRobot robot, Section section) throws TimeoutException {
        robot.clickOn("#" + section.navId());
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.F1).release(KeyCode.F1);
        return shownTitle(robot);
    }

    /** The chapter title shown, once the guide is in a showing window. */
    static String shownTitle(FxRobot robot) throws TimeoutException {
        return ((Label) Settled.shown(robot, "#guide-chapter-title", 10)).getText();
    }

    static List<Window> guideWindows() {
        return Window.getWindows().stream().filter(Window::isShowing)
                .filter(window -> window.getScene() != null && "guide-window".equals(window.getScene().getRoot().getId()))
                .toList();
    }
}
