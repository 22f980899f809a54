package org.ecopark.ledger.gui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.Settled;
import org.ecopark.ledger.gui.UiExecutor;
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

/** The real window on a fresh ledger: the first question is whether to open the demo. */
@ExtendWith(ApplicationExtension.class)
class DemoOfferTest {

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
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void openingTheDemoLoadsItAndShowsItsPark(FxRobot robot) throws Exception {
        waitForOffer(robot);
        assertThat(robot.lookup("#demo-offer").tryQuery()).isPresent();

        robot.clickOn("#demo-offer-open");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#dialog-information").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.selectedParkProperty().get().code()).isEqualTo("ZZSZ");
        assertThat(robot.lookup("#status-park").queryAs(Label.class).getText()).contains("枣庄市中区");
        assertThat(robot.lookup("#dialog-information .content").queryAs(Label.class).getText()).contains("企业 42");
        assertThat(robot.lookup("#park-chooser").tryQuery()).isEmpty();
    }

    @Test
    void openingTheDemoBureauMakesItsParksPackagesAndShowsTheBureausScreens(FxRobot robot) throws Exception {
        waitForOffer(robot);

        robot.clickOn("#demo-offer-demo-bureau");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#dialog-information").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.isBureau()).isTrue();
        var open = model.servicesProperty().get();
        assertThat(open.bureau().parks()).extracting(org.ecopark.ledger.model.Park::code)
                .contains("ZZSZ", "JNLS", "TAFC", "RZJX");
        javafx.scene.control.TableView<?> status = (javafx.scene.control.TableView<?>) Settled.shown(robot,
                "#bureau-status-table");
        assertThat(status.getItems()).hasSize(open.bureau().parks().size());
        String said = robot.lookup("#dialog-information .content").queryAs(Label.class).getText();
        assertThat(said).contains("4 个园区");
        assertThat(robot.lookup("#park-chooser").tryQuery()).isEmpty();
    }

    @Test
    void choosingAParkInsteadLeadsToTheParkChooser(FxRobot robot) throws Exception {
        waitForOffer(robot);

        robot.clickOn("#demo-offer-choose");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#park-chooser").tryQuery()).isPresent();
        assertThat(model.servicesProperty().get().demo().ledgerIsEmpty()).isTrue();
    }

    private void waitForOffer(FxRobot robot) throws Exception {
        Settled.shown(robot, "#demo-offer");
    }
}
