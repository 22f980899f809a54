package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.Locations;
import org.ecopark.ledger.logic.Services;
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

/** 文件 → 新建台账… and 打开台账…: the park's own ledger after the demo, kept for the next start. */
@ExtendWith(ApplicationExtension.class)
class LedgerMenuTest {

    @TempDir
    Path folder;

    private Path first;
    private Path own;
    private MainViewModel model;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        first = folder.resolve("first");
        own = folder.resolve("园区").resolve("ledger");
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseNewLedger(Path start) {
                assertThat(start).as("the chooser starts in the open ledger's folder").isEqualTo(folder);
                return Optional.of(own);
            }

            @Override
            public Optional<Path> chooseLedger(Path start) {
                return Optional.of(own);
            }
        };
        model = LedgerApp.start(stage, first, preferences(), UiExecutor.background(), dialogs, BackupRestorer.NONE);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewLedgerOpensInTheWindowInPlaceOfTheOpenOneAndIsOpenedAgainAtTheNextStart(FxRobot robot) throws Exception {
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
        assertThat(preferences().lastLedger()).contains(first.toAbsolutePath().normalize());
        Files.createDirectories(own.getParent());

        robot.clickOn("#menu-file").clickOn("#menu-new-ledger");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> own.equals(model.ledger())
                && model.servicesProperty().get() != null);
        // a new, empty ledger: the first-run questions again, for the park's own data
        Settled.click(robot, "#demo-offer-choose");
        WindowStart.dismissParkChooser(robot);

        assertThat(Services.fileOf(own)).exists();
        assertThat(model.servicesProperty().get().demo().ledgerIsEmpty()).isTrue();
        // the window let go of the first ledger: another program opens it
        Services.open(first, null, LedgerHolder.program()).close();
        assertThat(preferences().lastLedger()).contains(own.toAbsolutePath().normalize());
        assertThat(Locations.windowLedger(preferences())).isEqualTo(own.toAbsolutePath().normalize());

        // opening the ledger already open changes nothing
        Services open = model.servicesProperty().get();
        robot.clickOn("#menu-file").clickOn("#menu-open-ledger");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.servicesProperty().get()).isSameAs(open);
        assertThat(model.loadingProperty().get()).isFalse();
    }

    private UserPreferences preferences() {
        return UserPreferences.load(folder.resolve("prefs"));
    }
}
