package org.ecopark.ledger.gui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a copy of the demo ledger, for the tests that look at it in one language or the other: the demo
 * is loaded once per test class, each test opens its own copy with its own preferences.
 */
final class DemoWindow {

    private DemoWindow() {
    }

    /** Loads the demo park into a ledger {@code demo} in {@code folder}; returns its path (without {@code .mv.db}). */
    static Path demoLedger(Path folder) {
        Path demo = folder.resolve("demo");
        try (Services services = Services.open(demo)) {
            services.demo().load(false);
        }
        return demo;
    }

    /** Opens a copy of the demo ledger in the window on {@code stage}, with preferences of its own. */
    static MainViewModel open(Stage stage, Path demo, Path folder) throws IOException {
        Path ledger = folder.resolve("ledger-" + System.nanoTime());
        Files.copy(Path.of(demo + ".mv.db"), Path.of(ledger + ".mv.db"));
        Path preferences = Files.createDirectories(folder.resolve("preferences-" + System.nanoTime()));
        return LedgerApp.start(stage, ledger, UserPreferences.load(preferences), UiExecutor.background());
    }

    /** Chooses {@code language} in the settings and applies it, as a user does; waits for the window built in it. */
    static void switchTo(FxRobot robot, Locale language) throws TimeoutException {
        robot.clickOn("#nav-settings");
        ComboBox<Locale> choice = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> choice.setValue(language));
        robot.clickOn("#settings-apply");
        String settings = Locale.ENGLISH.getLanguage().equals(language.getLanguage()) ? "Settings" : "设置";
        await(() -> settings.equals(robot.lookup("#nav-settings").queryAs(Labeled.class).getText()));
    }

    static void await(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
