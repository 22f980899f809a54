package org.ecopark.ledger.gui.copy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.WindowStart;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.copy.LedgerRows;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.ServerAddress;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.TestServer;
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
 * The real window on a ledger file with one enterprise: 文件 → 复制台账… copies it to a new file, and to an empty
 * database on the PostgreSQL server when one is configured ({@link TestServer}), showing every table's rows; a target
 * missing is said in words, nothing started.
 */
@ExtendWith(ApplicationExtension.class)
class CopyLedgerDialogTest {

    @TempDir
    static Path folder;

    private MainViewModel model;
    private ServerAddress database;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        model = LedgerApp.start(stage, folder.resolve("ledger-" + System.nanoTime()), UserPreferences.load(folder),
                UiExecutor.background());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        if (database != null) {
            TestServer.drop(database);
        }
    }

    @Test
    void theOpenLedgerIsCopiedToANewFileWithEveryTablesRowsShown(FxRobot robot) throws Exception {
        openWithOneEnterprise(robot);
        Path target = folder.resolve("copy-" + System.nanoTime());

        openDialog(robot);
        robot.clickOn("#copy-start");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#copy-status")).isEqualTo("请选择要复制到的台账文件。");

        robot.interact(() -> robot.lookup("#copy-file").queryAs(TextField.class).setText(target.toString()));
        robot.clickOn("#copy-start");
        awaitResult(robot);

        assertThat(text(robot, "#copy-status")).startsWith("已把台账 ").contains("复制到 " + target + ".mv.db");
        ListView<String> results = robot.lookup("#copy-results").queryListView();
        assertThat(results.getItems()).contains("enterprise：1 → 1").first().isEqualTo(
                "核对通过：每张表的行数相同，目标的汇总数据与记录一致。");
        assertThat(Files.exists(Path.of(target + ".mv.db"))).isTrue();
        try (Database copied = Database.open(target)) {
            assertThat(LedgerRows.of(copied).get("enterprise")).hasSize(1);
        }
        assertThat(robot.lookup("#copy-start").query().isDisabled()).as("a copy made is not made twice").isTrue();
        robot.clickOn("#copy-close");
    }

    @Test
    void theOpenLedgerIsCopiedToAnEmptyServerDatabase(FxRobot robot) throws Exception {
        database = TestServer.emptyDatabase();
        openWithOneEnterprise(robot);

        openDialog(robot);
        robot.clickOn("#copy-to-server");
        robot.interact(() -> {
            robot.lookup("#copy-host").queryAs(TextField.class).setText(database.host());
            robot.lookup("#copy-port").queryAs(TextField.class).setText(String.valueOf(database.port()));
            robot.lookup("#copy-database").queryAs(TextField.class).setText(database.database());
            robot.lookup("#copy-user").queryAs(TextField.class).setText(database.user());
            robot.lookup("#copy-password").queryAs(TextField.class).setText(new String(TestServer.password()));
        });
        robot.clickOn("#copy-start");
        awaitResult(robot);

        assertThat(text(robot, "#copy-status")).contains("复制到 " + database);
        assertThat(robot.lookup("#copy-password").queryAs(TextField.class).getText()).as("not kept").isEmpty();
        try (Services onServer = Services.openServer(database, TestServer.password())) {
            assertThat(onServer.recordCounts()).containsEntry("enterprise", 1);
        }
        robot.clickOn("#copy-close");
    }

    private void openWithOneEnterprise(FxRobot robot) throws Exception {
        // a new ledger is migrated and given its plans first: slow on a loaded machine
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
        Services services = model.servicesProperty().get();
        long park = services.parks().parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow()
                .id();
        services.records().enterprises().save(RecordFixtures.xinquan(park), Map.of());
    }

    private static void openDialog(FxRobot robot) throws Exception {
        robot.clickOn("#menu-file");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#menu-copy").tryQuery()
                .map(CopyLedgerDialogTest::showing).orElse(false));
        robot.clickOn("#menu-copy");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#copy-dialog").tryQuery()
                .map(CopyLedgerDialogTest::showing).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void awaitResult(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !robot.lookup("#copy-results").queryListView()
                .getItems().isEmpty() || text(robot, "#copy-status").startsWith("复制没有完成"));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean showing(Node node) {
        return node.isVisible() && node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
