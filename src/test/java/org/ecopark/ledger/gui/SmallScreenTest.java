package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
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

/** The main window on a 1366 x 768 laptop, with the demo ledger open: no section pushes a control out of sight. */
@ExtendWith(ApplicationExtension.class)
class SmallScreenTest {

    private static final double WIDTH = 1366;
    private static final double HEIGHT = 768;

    @TempDir
    static Path folder;

    private MainViewModel model;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        I18n.setLocale(I18n.CHINESE);
        // a ledger deep in a user's folders: its path in the status bar is longer than the window is wide
        Path deep = Files.createDirectories(folder.resolve("用户文档/园区台账/2025年度碳排放与能源管理/枣庄市中区生态工业园区"
                + "/管理委员会环境保护与安全生产办公室/台账数据文件/正式台账（请勿移动或改名）/第一季度至第四季度汇总"));
        model = LedgerApp.start(stage, deep.resolve("ledger-" + System.nanoTime()), UserPreferences.load(folder),
                UiExecutor.background());
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theAsOfDateAndEveryNavigationButtonStayInsideA1366By768WindowInEverySection(FxRobot robot) throws Exception {
        openDemo(robot);
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(WIDTH);
            stage.setHeight(HEIGHT);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Scene scene = stage.getScene();
        assertThat(scene.getWidth()).isEqualTo(WIDTH);
        assertThat(scene.getHeight()).isEqualTo(HEIGHT);

        for (Section section : Section.values()) {
            robot.clickOn("#" + section.navId());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(model.sectionProperty().get()).isEqualTo(section);

            List<String> outside = new ArrayList<>();
            List<Node> shown = new ArrayList<>();
            shown.add(robot.lookup("#as-of-date").query());
            shown.add(robot.lookup("#status-bar").query());
            for (Section button : Section.values()) {
                shown.add(robot.lookup("#" + button.navId()).query());
            }
            for (Node node : shown) {
                if (!inside(node, scene)) {
                    outside.add(node.getId() + " " + node.localToScene(node.getBoundsInLocal()));
                }
            }
            assertThat(outside).as("outside the 1366 x 768 window in section %s", section).isEmpty();
        }
        // the whole date is readable, not cut to "2025-12-…"
        javafx.scene.control.DatePicker asOf = robot.lookup("#as-of-date").query();
        assertThat(asOf.getWidth()).isGreaterThanOrEqualTo(asOf.prefWidth(-1));
        assertThat(asOf.getEditor().getText()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    private static boolean inside(Node node, Scene scene) {
        Bounds bounds = node.localToScene(node.getBoundsInLocal());
        return bounds.getWidth() > 0 && bounds.getHeight() > 0 && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                && bounds.getMaxX() <= scene.getWidth() && bounds.getMaxY() <= scene.getHeight();
    }

    /** Opens the demo ledger the window offers on a fresh ledger, as a new user sees the program first. */
    private void openDemo(FxRobot robot) throws Exception {
        Settled.click(robot, "#demo-offer-open");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#dialog-information").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#dialog-information").queryAs(DialogPane.class).lookupButton(ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedParkProperty().get()).isNotNull();
    }
}
