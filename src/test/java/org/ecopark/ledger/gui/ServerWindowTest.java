package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ServerAddress;
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
 * The window on a ledger on a PostgreSQL server (skipped without one, {@link TestServer}): the password asked at the
 * start opens it and the window says where it is; a wrong one says so and can be typed again; 设置 → 数据库 keeps the
 * server's address and never the password; and what a second clerk saves appears in the open window within seconds.
 */
@ExtendWith(ApplicationExtension.class)
class ServerWindowTest {

    @TempDir
    Path folder;

    private Stage stage;
    private MainViewModel model;
    private ServerAddress server;
    /** The second clerk's program on the same server database. */
    private Services otherClerk;

    @Start
    void start(Stage primary) {
        I18n.setLocale(I18n.CHINESE);
        this.stage = primary;
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        if (model != null) {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
            model.close();
        }
        if (otherClerk != null) {
            otherClerk.close();
        }
        if (server != null) {
            TestServer.drop(server);
        }
    }

    /** A migrated ledger on the server whose park is chosen, opened by the second clerk. */
    private Park serverLedger() {
        server = TestServer.migratedDatabase();
        otherClerk = Services.openServer(server, TestServer.password());
        Park park = otherClerk.parks().parks().get(0);
        otherClerk.parks().selectPark(park.code());
        return park;
    }

    private UserPreferences preferences() {
        return UserPreferences.load(folder.resolve("data"));
    }

    private void startOnServer(FxRobot robot) {
        robot.interact(() -> model = LedgerApp.startOnServer(stage, server, preferences(), UiExecutor.background(),
                new DialogService(), BackupRestorer.NONE));
    }

    /** Types {@code password} into the question of the start and confirms it. */
    private static void answerPassword(FxRobot robot, String password) throws Exception {
        PasswordField field = (PasswordField) Settled.shown(robot, "#server-password");
        robot.interact(() -> field.setText(password));
        DialogPane dialog = robot.lookup("#server-password-dialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
    }

    /** Starts the window on the server and gives the right password. */
    private void openOnServer(FxRobot robot) throws Exception {
        startOnServer(robot);
        answerPassword(robot, new String(TestServer.password()));
        awaitOpen();
    }

    private void awaitOpen() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null
                && !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void thePasswordAskedAtTheStartOpensTheServersLedgerAndTheWindowSaysWhereItIs(FxRobot robot) throws Exception {
        Park park = serverLedger();
        openOnServer(robot);

        assertThat(model.servicesProperty().get().server()).contains(server);
        assertThat(model.selectedParkProperty().get().code()).isEqualTo(park.code());
        assertThat(text(robot, "#status-database")).isEqualTo("数据库： 服务器 " + server);
        assertThat(Files.readString(folder.resolve("data/preferences.properties"), StandardCharsets.ISO_8859_1))
                .as("the next start opens the server again, and asks again")
                .doesNotContain(new String(TestServer.password()));
        assertThat(preferences().server()).contains(server);

        robot.interact(() -> model.sectionProperty().set(Section.SETTINGS));
        assertThat(text(robot, "#settings-backup-server")).as("no backup folder for a server's ledger")
                .startsWith("服务器上的台账由服务器备份（例如 pg_dump）");
        assertThat(robot.lookup("#settings-backup-folder").tryQuery()).isEmpty();
        assertThat(robot.lookup("#settings-encryption-server").tryQuery()).isPresent();
        assertThat(robot.lookup("#settings-db-server").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndTheRightOneTypedAgainOpensTheLedger(FxRobot robot) throws Exception {
        serverLedger();
        startOnServer(robot);

        answerPassword(robot, "not-the-password");
        Settled.shown(robot, "#open-failure-message", 60);

        assertThat(text(robot, "#open-failure-message")).isEqualTo("数据库服务器 " + server.hostAndPort()
                + " 拒绝了用户 " + server.user() + " 的登录：密码不正确，或该用户不存在、无权使用数据库 " + server.database()
                + "；台账没有打开。请重新输入密码，或检查连接设置后再试。");
        assertThat(model.servicesProperty().get()).isNull();
        assertThat(robot.lookup("#open-failure-local").tryQuery()).as("the way back to the ledger file").isPresent();

        PasswordField again = (PasswordField) Settled.shown(robot, "#open-failure-password");
        robot.interact(() -> again.setText(new String(TestServer.password())));
        Settled.click(robot, "#open-failure-connect");
        awaitOpen();

        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.servicesProperty().get().server()).contains(server);
    }

    @Test
    void theDatabasePaneKeepsTheServerChosenWithoutItsPasswordAndOpensIt(FxRobot robot) throws Exception {
        serverLedger();
        robot.interact(() -> model = LedgerApp.start(stage, folder.resolve("local"), preferences(),
                UiExecutor.background()));
        WindowStart.openWithoutDemo(robot, model);
        WindowStart.dismissParkChooser(robot);
        robot.interact(() -> model.sectionProperty().set(Section.SETTINGS));
        // the pane is below the backup settings: scrolled to, as the clerk does
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) Settled.shown(robot, "#settings-scroll");
        robot.interact(() -> page.setVvalue(page.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#settings-db-file").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .as("a ledger file is open").isTrue();

        Settled.click(robot, "#settings-db-server");
        robot.interact(() -> {
            robot.lookup("#settings-db-host").queryTextInputControl().setText(server.host());
            robot.lookup("#settings-db-port").queryTextInputControl().setText(String.valueOf(server.port()));
            robot.lookup("#settings-db-database").queryTextInputControl().setText(server.database());
            robot.lookup("#settings-db-user").queryTextInputControl().setText(server.user());
        });
        Settled.click(robot, "#settings-db-open");
        answerPassword(robot, new String(TestServer.password()));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null
                && model.servicesProperty().get().server().isPresent());

        assertThat(preferences().server()).contains(server);
        String stored = Files.readString(folder.resolve("data/preferences.properties"), StandardCharsets.ISO_8859_1);
        assertThat(stored).contains("ledger.server=postgresql\\://" + server.host() + "\\:" + server.port() + "/"
                + server.database() + "?user\\=" + server.user());
        assertThat(stored).doesNotContain(new String(TestServer.password())).doesNotContainIgnoringCase("password");
    }

    @Test
    void anotherClerksSaveAppearsInTheOpenWindowsTableWithinSeconds(FxRobot robot) throws Exception {
        Park park = serverLedger();
        openOnServer(robot);
        robot.interact(() -> model.sectionProperty().set(Section.ENTERPRISES));
        @SuppressWarnings("unchecked")
        TableView<Enterprise> table = (TableView<Enterprise>) Settled.shown(robot, "#record-table");
        WaitForAsyncUtils.waitForFxEvents();
        Enterprise xinquan = RecordFixtures.xinquan(park.id());
        assertThat(table.getItems()).extracting(Enterprise::name).doesNotContain(xinquan.name());

        otherClerk.records().enterprises().save(xinquan, Map.of());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(enterprise -> enterprise.name().equals(xinquan.name())));
    }

    @Test
    void noPasswordAtTheStartOffersTheWayBackToTheLedgerFileWhichThenStaysTheChoice(FxRobot robot) throws Exception {
        serverLedger();
        Path local = folder.resolve("local");
        Services.open(local).close();
        UserPreferences kept = preferences();
        kept.setLastLedger(local);
        kept.setServer(server);
        startOnServer(robot);

        Settled.shown(robot, "#server-password");
        DialogPane dialog = robot.lookup("#server-password-dialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.CANCEL));
        Settled.shown(robot, "#open-failure-message");
        assertThat(text(robot, "#open-failure-message")).isEqualTo("没有输入用户 " + server.user() + "（服务器 "
                + server.hostAndPort() + "）的密码，台账没有打开。请输入密码后连接，或改用本机的台账文件。");

        Settled.click(robot, "#open-failure-local");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.servicesProperty().get().databaseFile()).isEqualTo(folder.resolve("local.mv.db"));
        assertThat(preferences().server()).as("the next start opens the file").isEmpty();
    }
}
