package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.OtherProcess;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.testing.Folders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real window on a ledger another process holds open: it says so in place of the spinner, with what can be done
 * next, leaves nothing beside the ledger, and brings the window that holds it forward when asked.
 */
@ExtendWith(ApplicationExtension.class)
class OpenFailureViewTest {

    @TempDir
    Path folder;

    private Stage stage;
    private MainViewModel model;

    @Start
    void start(Stage primary) {
        I18n.setLocale(I18n.CHINESE);
        this.stage = primary;
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aLedgerAnotherWindowHoldsShowsTheFailureScreenNamingItsProcessAndNoSpinner(FxRobot robot) throws Exception {
        Path ledger = folder.resolve("Z");
        try (OtherProcess window = OtherProcess.holding(ledger, null)) {
            List<String> before = Folders.names(folder);
            openWindow(robot, ledger, BackupRestorer.NONE);

            assertThat(robot.lookup("#open-failure-title").queryAs(Label.class).getText()).isEqualTo("台账没有打开");
            assertThat(robot.lookup("#open-failure-message").queryAs(Label.class).getText()).isEqualTo(
                    "该台账正由另一个园区台账窗口使用（进程 " + window.pid() + "），请切换到那个窗口，或先关闭它再打开。");
            assertThat(robot.lookup("#opening-progress").tryQuery()).isEmpty();
            assertThat(buttonTexts(robot)).containsExactly("切换到已打开的窗口", "重新打开", "打开其他台账…", "新建台账…");
            assertThat(robot.lookup("#status-database").queryAs(Label.class).getText()).isEqualTo("数据库： " + folder.resolve("Z.mv.db") + "（未能打开）");
            assertThat(Folders.names(folder)).isEqualTo(before);
        }
    }

    @Test
    void switchingToTheOpenWindowBringsItForwardAndClosesThisOne(FxRobot robot) throws Exception {
        Path ledger = folder.resolve("Z");
        try (OtherProcess window = OtherProcess.holding(ledger, null)) {
            openWindow(robot, ledger, BackupRestorer.NONE);
            robot.clickOn("#open-failure-bring-forward");

            assertThat(window.nextLine()).isEqualTo(OtherProcess.CALLED);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !stage.isShowing());
        }
    }

    @Test
    void aLedgerACommandHoldsCannotBeBroughtForwardButOpensOnceTheCommandEnded(FxRobot robot) throws Exception {
        Path ledger = folder.resolve("Z");
        try (OtherProcess command = OtherProcess.holding(ledger, "generate")) {
            openWindow(robot, ledger, BackupRestorer.NONE);
            assertThat(robot.lookup("#open-failure-message").queryAs(Label.class).getText())
                    .startsWith("该台账正由园区台账命令“generate”使用（进程 " + command.pid() + "）");
            assertThat(robot.lookup("#open-failure-bring-forward").tryQuery()).isEmpty();
        }
        robot.clickOn("#open-failure-again");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        assertThat(model.failureProperty().get()).isNull();
    }

    @Test
    void aBackupIsOfferedWhenTheRestorerHasOneAndTheRestoredLedgerOpens(FxRobot robot) throws Exception {
        Files.writeString(folder.resolve("damaged.mv.db"), "not a ledger any more");
        Path restored = folder.resolve("restored");
        List<Path> asked = new ArrayList<>();
        BackupRestorer restorer = new BackupRestorer() {
            @Override
            public boolean canRestore(Path ledger) {
                return true;
            }

            @Override
            public void restore(Path ledger, Consumer<Path> open) {
                asked.add(ledger);
                open.accept(restored);
            }
        };
        openWindow(robot, folder.resolve("damaged"), restorer);
        assertThat(robot.lookup("#open-failure-message").queryAs(Label.class).getText())
                .startsWith("台账文件 " + folder.resolve("damaged.mv.db") + " 已损坏");
        assertThat(buttonTexts(robot)).containsExactly("重新打开", "打开其他台账…", "新建台账…", "恢复备份…");

        robot.clickOn("#open-failure-restore");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        assertThat(asked).containsExactly(folder.resolve("damaged"));
        assertThat(model.servicesProperty().get().databaseFile()).isEqualTo(folder.resolve("restored.mv.db"));
    }

    private void openWindow(FxRobot robot, Path ledger, BackupRestorer restorer) throws Exception {
        robot.interact(() -> model = LedgerApp.start(stage, ledger, UserPreferences.load(folder.resolve("prefs")),
                UiExecutor.background(), new DialogService(), restorer));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-failure").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> buttonTexts(FxRobot robot) {
        return robot.lookup("#open-failure .button").queryAllAs(Button.class).stream().map(Button::getText).toList();
    }

}
