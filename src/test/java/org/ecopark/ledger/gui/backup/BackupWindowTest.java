package org.ecopark.ledger.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.WindowStart;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.backup.BackupEntry;
import org.ecopark.ledger.logic.backup.BackupPolicy;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BackupSettings;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real window on a ledger file with one enterprise: 文件 → 备份, 文件 → 恢复… and 设置 → 备份. */
@ExtendWith(ApplicationExtension.class)
class BackupWindowTest {

    @TempDir
    static Path folder;

    private MainViewModel model;
    private String ledgerName;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledgerName = "ledger-" + System.nanoTime();
        model = LedgerApp.start(stage, folder.resolve(ledgerName), UserPreferences.load(folder), UiExecutor.background());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void fileBackUpMakesAManualBackupAndSaysWhereItWent(FxRobot robot) throws Exception {
        openWithOneEnterprise(robot);

        robot.clickOn("#menu-file").clickOn("#menu-backup");
        String said = dialogText(robot, "#dialog-information");

        BackupEntry made = services().backups().list().get(0);
        assertThat(made.reason()).isEqualTo(BackupReason.MANUAL);
        assertThat(made.file()).exists().hasParent(folder.resolve("backups"));
        assertThat(made.file().getFileName().toString()).startsWith(ledgerName + "-").endsWith("-manual.zip");
        assertThat(said).startsWith("备份已写入：\n" + made.file() + "（").contains("记录：企业 1，企业称号 2");
        robot.clickOn(robot.lookup("#dialog-information .button").queryButton());
    }

    @Test
    void fileRestoreListsTheBackupsAndRestoresOneKeepingTheCurrentLedgerAsABackupFirst(FxRobot robot) throws Exception {
        Enterprise saved = openWithOneEnterprise(robot);
        BackupEntry backup = services().backups().backup(BackupReason.MANUAL);
        services().records().enterprises().delete(saved.id());

        robot.clickOn("#menu-file").clickOn("#menu-restore");
        TableView<BackupEntry> table = robot.lookup("#backup-table").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).containsExactly(backup);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(backup);
        assertThat(robot.lookup("#backup-folder").queryAs(Label.class).getText())
                .isEqualTo("备份文件夹：" + folder.resolve("backups"));
        assertThat(robot.lookup("#backup-table .table-cell").queryAllAs(javafx.scene.control.IndexedCell.class))
                .extracting(cell -> cell.getText() == null ? "" : cell.getText()).contains("手动备份");

        robot.clickOn("#restore-button");
        String question = dialogText(robot, "#dialog-confirmation");
        assertThat(question).startsWith("用 ").contains("的备份（手动备份）替换当前台账？")
                .contains("当前台账会先另存为一份备份");
        robot.clickOn(robot.lookup("#dialog-confirmation").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        String said = dialogText(robot, "#dialog-information");

        assertThat(said).startsWith("台账已恢复为 ").contains("记录：企业 1，企业称号 2")
                .contains("恢复前的台账已另存为备份 " + ledgerName + "-");
        assertThat(robot.lookup("#restore-dialog").tryQuery()).isEmpty();
        assertThat(robot.lookup("#dialog-error").tryQuery()).as("no screen failed while the ledger was closed").isEmpty();
        Services reopened = services();
        assertThat(reopened.records().enterprises().list(saved.parkId())).extracting(Enterprise::uscc)
                .containsExactly(saved.uscc());
        assertThat(reopened.backups().list()).extracting(BackupEntry::reason)
                .containsExactly(BackupReason.BEFORE_RESTORE, BackupReason.MANUAL);
        assertThat(reopened.backups().list().get(0).label().counts()).containsEntry("enterprise", 0);
        robot.clickOn(robot.lookup("#dialog-information .button").queryButton());
    }

    @Test
    void theBackupFolderAndCountsAreSavedInTheSettingsAndAWrongCountIsExplained(FxRobot robot) throws Exception {
        openWithOneEnterprise(robot);
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        Path chosen = folder.resolve("elsewhere-" + ledgerName);

        robot.interact(() -> robot.lookup("#settings-backup-folder").queryAs(TextField.class).setText(chosen.toString()));
        replace(robot, "#settings-backup-daily", "0");
        robot.clickOn("#settings-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-backup-message").queryAs(Label.class).getText())
                .isEqualTo("按天保留的天数须为 1 到 999 的整数。");
        assertThat(services().backups().settings()).isEqualTo(BackupSettings.DEFAULT);

        replace(robot, "#settings-backup-daily", "14");
        replace(robot, "#settings-backup-monthly", "6");
        robot.clickOn("#settings-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-backup-message").queryAs(Label.class).getText()).isEqualTo("备份设置已保存。");
        assertThat(services().backups().settings()).isEqualTo(new BackupSettings(chosen, new BackupPolicy(14, 4, 6)));
        assertThat(chosen).isDirectory();
    }

    private Enterprise openWithOneEnterprise(FxRobot robot) throws Exception {
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
        long park = services().parks().parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow().id();
        return services().records().enterprises().save(RecordFixtures.xinquan(park), Map.of()).record();
    }

    private Services services() {
        return model.servicesProperty().get();
    }

    private static String dialogText(FxRobot robot, String dialog) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(dialog).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(dialog + " .content").queryAs(Label.class).getText();
    }

    private static void replace(FxRobot robot, String field, String text) {
        robot.interact(() -> robot.lookup(field).queryAs(TextField.class).setText(""));
        robot.clickOn(field).write(text);
    }
}
