package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
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
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
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

/** 设置 says whose ledger it is; a park's ledger that holds records is not made a bureau's, and says why. */
@ExtendWith(ApplicationExtension.class)
class BureauSettingsTest {

    @TempDir
    Path folder;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        Path ledger = folder.resolve("park");
        try (Services services = Services.open(ledger)) {
            services.demo().load(false);
        }
        model = LedgerApp.start(stage, ledger, UserPreferences.load(folder.resolve("prefs")), UiExecutor.background(),
                new DialogService(), BackupRestorer.NONE);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aParkLedgerWithRecordsStaysAParksAndTheClerkReadsWhy(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        Settled.click(robot, "#nav-settings");
        assertThat(((Label) Settled.shown(robot, "#settings-role")).getText()).isEqualTo("园区台账");

        Settled.click(robot, "#settings-become-bureau");
        Settled.shown(robot, "#bureau-role-name");
        robot.interact(() -> robot.lookup("#bureau-role-name").queryAs(TextField.class).setText("枣庄市生态环境局"));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#bureau-role-make");
        DialogPane error = (DialogPane) Settled.shown(robot, "#dialog-error");

        assertThat(error.getContentText()).isEqualTo(I18n.tr("bureau.init.notEmpty") + "\n\n"
                + "在窗口中，可用“文件 → 新建台账…”新建一个空台账，并在它首次打开时选择“市局台账…”。");
        assertThat(error.getExpandableContent()).as("no stack trace for a refusal").isNull();
        assertThat(model.roleProperty().get()).isEqualTo(LedgerRole.PARK);
        assertThat(model.servicesProperty().get().bureau().role()).isEqualTo(LedgerRole.PARK);
    }
}
