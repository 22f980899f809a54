package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.WindowBounds;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window opens where it was closed last time and remembers where it is closed now. */
@ExtendWith(ApplicationExtension.class)
class WindowMemoryTest {

    @TempDir
    static Path folder;

    private Stage stage;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        I18n.setLocale(I18n.CHINESE);
        UserPreferences.load(folder).setWindow(new WindowBounds(100, 50, 1000, 600, false));
        model = LedgerApp.start(stage, folder.resolve("ledger-" + System.nanoTime()), UserPreferences.load(folder),
                UiExecutor.background());
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensAtItsSavedPlaceAndRemembersWhereAndHowItIsClosed(FxRobot robot) throws Exception {
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
        assertThat(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized()))
                .isEqualTo(new WindowBounds(100, 50, 1000, 600, false));

        robot.interact(() -> {
            stage.setX(300);
            stage.setY(120);
            stage.setWidth(1100);
            stage.setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> stage.setMaximized(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getWidth()).isGreaterThan(1100);
        robot.interact(stage::close);

        // maximised, and where it goes back to when un-maximised
        assertThat(UserPreferences.load(folder).window()).contains(new WindowBounds(300, 120, 1100, 700, true));
    }
}
