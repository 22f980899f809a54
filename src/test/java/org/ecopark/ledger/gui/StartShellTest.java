package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.LedgerPreload;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's start: a light shell is its first frame, the main window then takes its place in the same scene, and
 * a ledger opened while the window started (LedgerPreload) is the one the window shows, evaluated once.
 */
@ExtendWith(ApplicationExtension.class)
class StartShellTest {

    @TempDir
    static Path shared;
    private static Path demo;

    @TempDir
    Path folder;

    private Stage stage;
    private MainViewModel model;

    @BeforeAll
    static void makeDemo() {
        demo = DemoWindow.demoLedger(shared);
    }

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
    void theFirstFrameIsAShellWithoutControlsThatTheMainWindowReplacesInTheSameScene(FxRobot robot) throws Exception {
        Scene[] first = new Scene[1];
        Parent[] shell = new Parent[1];
        robot.interact(() -> {
            model = LedgerApp.start(stage, folder.resolve("ledger"), UserPreferences.load(folder.resolve("prefs")),
                    UiExecutor.background());
            first[0] = stage.getScene();
            shell[0] = first[0].getRoot();
            assertThat(stage.isShowing()).isTrue();
        });
        assertThat(shell[0].getId()).isEqualTo("start-shell");
        assertThat(descendants(shell[0])).noneMatch(Control.class::isInstance)
                .anySatisfy(node -> assertThat(node).isInstanceOfSatisfying(Text.class,
                        text -> assertThat(text.getText()).isEqualTo("正在打开台账……")));
        assertThat(stage.getTitle()).isEqualTo(I18n.tr("app.title"));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "main-window".equals(stage.getScene().getRoot().getId()));
        assertThat(stage.getScene()).isSameAs(first[0]);
        WindowStart.openWithoutDemo(robot, model);
        assertThat(robot.lookup("#status-database").queryAs(Label.class).getText()).endsWith("ledger.mv.db");
    }

    @Test
    void theWindowShowsTheLedgerAndTheEvaluationMadeWhileItStarted(FxRobot robot) throws Exception {
        Path ledger = folder.resolve("ledger");
        Files.copy(Path.of(demo + ".mv.db"), Path.of(ledger + ".mv.db"));
        LedgerPreload preload = LedgerPreload.begin(ledger, LocalDate.now());
        open(robot, ledger, preload);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-cards").tryQuery()
                .map(cards -> !((Parent) cards).getChildrenUnmodifiable().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preload.evaluationUsed()).isTrue();
        assertThat(preload.take(ledger, null)).isEmpty(); // taken by the window, once
        assertThat(model.servicesProperty().get().databaseFile()).isEqualTo(Path.of(ledger + ".mv.db"));
    }

    @Test
    void aLedgerOpenedAndEvaluatedBeforeTheMainWindowIsBuiltHasItsCardsInTheWindowsFirstLayout(FxRobot robot)
            throws Exception {
        Path ledger = folder.resolve("ledger");
        Files.copy(Path.of(demo + ".mv.db"), Path.of(ledger + ".mv.db"));
        LedgerPreload preload = LedgerPreload.begin(ledger, LocalDate.now());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, preload::settled);
        // the cards in the first layout of the main window: one styling of the window, the dashboard and its cards
        AtomicInteger cardsAtFirstLayout = new AtomicInteger(Integer.MIN_VALUE);
        robot.interact(() -> {
            model = LedgerApp.start(stage, ledger, UserPreferences.load(folder.resolve("prefs")),
                    UiExecutor.background(), new DialogService(), BackupRestorer.NONE, preload);
            Scene scene = stage.getScene();
            scene.addPostLayoutPulseListener(() -> {
                if (cardsAtFirstLayout.get() == Integer.MIN_VALUE && "main-window".equals(scene.getRoot().getId())) {
                    cardsAtFirstLayout.set(scene.lookup("#dashboard-cards") instanceof Parent cards
                            ? cards.getChildrenUnmodifiable().size() : -1);
                }
            });
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> cardsAtFirstLayout.get() != Integer.MIN_VALUE);
        WaitForAsyncUtils.waitForFxEvents();

        int cards = robot.lookup("#dashboard-cards").queryAs(Parent.class).getChildrenUnmodifiable().size();
        assertThat(cardsAtFirstLayout.get()).isPositive().isEqualTo(cards);
        assertThat(preload.evaluationUsed()).isTrue();
        assertThat(model.servicesProperty().get().databaseFile()).isEqualTo(Path.of(ledger + ".mv.db"));
    }

    @Test
    void anEncryptedLedgerStillAsksForItsPasswordWhenItWasToOpenWhileTheWindowStarted(FxRobot robot) throws Exception {
        Path ledger = folder.resolve("secret");
        Services.open(ledger, LedgerPassword.of("park-2025".toCharArray()), LedgerHolder.program()).close();
        open(robot, ledger, LedgerPreload.begin(ledger, LocalDate.now()));

        Settled.shown(robot, "#open-failure-password");
        assertThat(robot.lookup("#open-failure-message").queryAs(Label.class).getText())
                .isEqualTo("台账 " + folder.resolve("secret.mv.db") + " 已加密，请输入它的密码。");
        robot.clickOn("#open-failure-password").write("park-2025");
        robot.clickOn("#open-failure-unlock");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        assertThat(model.servicesProperty().get().encrypted()).isTrue();
    }

    private void open(FxRobot robot, Path ledger, LedgerPreload preload) {
        robot.interact(() -> {
            DialogService dialogs = new DialogService();
            model = LedgerApp.start(stage, ledger, UserPreferences.load(folder.resolve("prefs")),
                    UiExecutor.background(), dialogs, BackupRestorer.NONE, preload);
        });
    }

    private static List<Node> descendants(Parent parent) {
        List<Node> nodes = new ArrayList<>();
        for (Node child : parent.getChildrenUnmodifiable()) {
            nodes.add(child);
            if (child instanceof Parent inner) {
                nodes.addAll(descendants(inner));
            }
        }
        return nodes;
    }
}
