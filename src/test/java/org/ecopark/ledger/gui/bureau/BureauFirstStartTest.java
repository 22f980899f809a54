package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.BackupRestorer;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.Settled;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.bureau.BureauService;
import org.ecopark.ledger.model.LedgerRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** First start on a new ledger: 市局台账… makes it a city bureau's, and the window shows the bureau's screens. */
@ExtendWith(ApplicationExtension.class)
class BureauFirstStartTest {

    @TempDir
    Path folder;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        model = LedgerApp.start(stage, folder.resolve("new"), UserPreferences.load(folder.resolve("prefs")),
                UiExecutor.background(), new DialogService(), BackupRestorer.NONE);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theBureauRoleChosenAtFirstStartMakesABureauLedgerAndOpensItsScreens(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        Settled.click(robot, "#demo-offer-bureau");
        Settled.shown(robot, "#bureau-role-name");
        assertThat(robot.lookup("#bureau-role-make").query().isDisabled()).as("a bureau needs its name").isTrue();
        robot.interact(() -> {
            robot.lookup("#bureau-role-name").queryAs(TextField.class).setText(" 枣庄市生态环境局 ");
            ComboBox<String> city = robot.lookup("#bureau-role-city").query();
            assertThat(city.getItems()).contains("枣庄市", "青岛市");
            city.getEditor().setText("枣庄市");
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#bureau-role-make");
        Settled.shown(robot, "#bureau-status-table");

        assertThat(model.roleProperty().get()).isEqualTo(LedgerRole.BUREAU);
        assertThat(model.servicesProperty().get().bureau().profile())
                .contains(new BureauService.Profile("枣庄市生态环境局", "枣庄市"));
        assertThat(model.servicesProperty().get().bureau().parks()).isNotEmpty()
                .allSatisfy(park -> assertThat(park.city()).isEqualTo("枣庄市"));
        assertThat(robot.lookup("#bureau-title").queryAs(Label.class).getText()).isEqualTo("枣庄市生态环境局");
        assertThat(robot.lookup("#park-chooser").tryQuery()).as("a bureau is asked for no park").isEmpty();
        assertThat(robot.lookup("#status-park").queryAs(Label.class).getText()).isEqualTo("市局：枣庄市生态环境局");

        robot.clickOn("#bureau-nav-settings");
        assertThat(Settled.shown(robot, "#settings-role")).isInstanceOf(Label.class);
        assertThat(robot.lookup("#settings-role").queryAs(Label.class).getText())
                .isEqualTo("市局台账：枣庄市生态环境局（枣庄市）");
        assertThat(robot.lookup("#settings-park").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settings-become-bureau").tryQuery()).isEmpty();
    }
}
