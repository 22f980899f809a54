package org.ecopark.ledger.gui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.Settled;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerEncryption;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.Services;
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

/** The real window: 设置 → 加密 sets a password, and a window on an encrypted ledger asks for it. */
@ExtendWith(ApplicationExtension.class)
class EncryptionViewTest {

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
    void aPasswordSetInTheSettingsEncryptsTheLedger(FxRobot robot) throws Exception {
        openWindow(robot, folder.resolve("ledger"));
        Settled.click(robot, "#demo-offer-choose");
        WaitForAsyncUtils.waitForFxEvents();
        robot.lookup("#park-chooser").tryQuery().ifPresent(chooser ->
                robot.clickOn(((DialogPane) chooser).lookupButton(ButtonType.CANCEL)));
        robot.clickOn("#nav-settings");
        assertThat(text(robot, "#settings-encryption-status")).startsWith("未加密");
        assertThat(text(robot, "#settings-encryption-lost")).contains("忘记密码，这个台账和它加密后的备份就再也打不开");

        // the encryption part is at the foot of the page, below a 1366 x 768 screen's fold: scrolled to, as a user does
        robot.interact(() -> robot.lookup("#settings-scroll").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#settings-encryption-set");
        Node ok = robot.lookup("#password-dialog").queryAs(DialogPane.class).lookupButton(ButtonType.OK);
        assertThat(ok.isDisabled()).isTrue();
        robot.clickOn("#password-new").write("park-2025");
        robot.clickOn("#password-repeat").write("park-2024");
        assertThat(text(robot, "#password-problem")).isEqualTo("两次输入的新密码不一致。");
        assertThat(ok.isDisabled()).isTrue();
        robot.doubleClickOn("#password-repeat").eraseText(9).write("park-2025");
        assertThat(ok.isDisabled()).isFalse();
        robot.clickOn(ok);

        Settled.shown(robot, "#dialog-information");
        assertThat(text(robot, "#dialog-information .content")).isEqualTo("台账已加密。以后打开它需要输入这个密码，请牢记。");
        robot.clickOn(robot.lookup("#dialog-information").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        assertThat(LedgerEncryption.encrypted(folder.resolve("ledger"))).isTrue();
        assertThat(model.servicesProperty().get().encrypted()).isTrue();
        assertThat(text(robot, "#settings-encryption-status")).startsWith("已加密");
    }

    @Test
    void aWindowOnAnEncryptedLedgerAsksForThePasswordAndSaysWhenItIsWrong(FxRobot robot) throws Exception {
        Path ledger = folder.resolve("secret");
        Services.open(ledger, LedgerPassword.of("park-2025".toCharArray()), LedgerHolder.program()).close();
        List<String> before = Folders.names(folder);

        openWindow(robot, ledger);
        Settled.shown(robot, "#open-failure");
        assertThat(text(robot, "#open-failure-message")).isEqualTo("台账 " + folder.resolve("secret.mv.db")
                + " 已加密，请输入它的密码。");
        assertThat(robot.lookup("#opening-progress").tryQuery()).isEmpty();

        robot.clickOn("#open-failure-password").write("park-2024");
        robot.clickOn("#open-failure-unlock");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#open-failure-message").tryQuery()
                .map(node -> ((Label) node).getText().startsWith("密码不正确")).orElse(false));
        Settled.shown(robot, "#open-failure-password");
        assertThat(text(robot, "#open-failure-message")).isEqualTo("密码不正确，台账 " + folder.resolve("secret.mv.db")
                + " 没有打开；请检查大小写和输入法后再试。");
        assertThat(Folders.names(folder)).isEqualTo(before);

        robot.clickOn("#open-failure-password").write("park-2025");
        robot.clickOn("#open-failure-unlock");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        assertThat(model.servicesProperty().get().encrypted()).isTrue();
    }

    private void openWindow(FxRobot robot, Path ledger) {
        robot.interact(() -> model = LedgerApp.start(stage, ledger, UserPreferences.load(folder.resolve("prefs")),
                UiExecutor.background()));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

}
