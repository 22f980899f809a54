package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
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
 * Every section of the window on the demo park at 1366 x 768, in English and in Chinese, with its forms filled, its
 * tabs and its target pages opened: no label, button, column header or tab shows its text cut short with an ellipsis
 * ("Credit code (USC…", "Forecast at dea…" were). English is longer than Chinese; the layout gives it its width.
 */
@ExtendWith(ApplicationExtension.class)
class NoCutLabelsTest {

    private static final String REVENUE = "ZZSZ-T02";

    @TempDir
    static Path folder;
    private static Path demo;

    private Stage stage;

    @BeforeAll
    static void demoLedger() {
        demo = DemoWindow.demoLedger(folder);
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        // each test chooses its language in the settings, as a user does
        DemoWindow.open(stage, demo, folder);
    }

    @AfterEach
    void chineseAgain() throws Exception {
        FxToolkit.cleanupStages();
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void noTextIsCutInAnySectionInEnglish(FxRobot robot) throws Exception {
        assertThat(cutLabelsEverywhere(robot, Locale.ENGLISH)).isEmpty();
    }

    @Test
    void noTextIsCutInAnySectionInChinese(FxRobot robot) throws Exception {
        assertThat(cutLabelsEverywhere(robot, I18n.CHINESE)).isEmpty();
    }

    private List<String> cutLabelsEverywhere(FxRobot robot, Locale language) throws Exception {
        await(() -> robot.lookup("#card-value-" + REVENUE).tryQuery().isPresent());
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        DemoWindow.switchTo(robot, language);
        assertThat(stage.getScene().getWidth()).isEqualTo(1366);

        List<String> cut = new ArrayList<>();
        for (Section section : Section.values()) {
            robot.clickOn("#" + section.navId());
            WaitForAsyncUtils.waitForFxEvents();
            Node content = robot.lookup("#section-content").query();
            switch (section) {
                case DASHBOARD -> {
                    await(() -> robot.lookup("#card-value-" + REVENUE).tryQuery().isPresent());
                    check(cut, section, "cards", robot);
                    robot.clickOn("#card-" + REVENUE);
                    await(() -> robot.lookup("#trajectory-view").tryQuery().isPresent());
                    await(() -> robot.lookup("#trajectory-figures").tryQuery().isPresent());
                    scrollThrough(robot, cut, section, "target page", "#trajectory-scroll");
                    eachTab(robot, cut, section, "#dashboard-tabs");
                }
                case TARGETS -> {
                    TableView<?> table = robot.lookup("#targets-table").queryTableView();
                    await(() -> !table.getItems().isEmpty());
                    check(cut, section, "list", robot);
                    robot.interact(() -> table.getSelectionModel().select(0));
                    robot.clickOn("#targets-open");
                    await(() -> robot.lookup("#target-detail").tryQuery().isPresent());
                    scrollThrough(robot, cut, section, "target page", "#target-detail-scroll");
                }
                case STATISTICS -> {
                    ListView<?> enterprises = robot.lookup("#stat-enterprises").queryListView();
                    await(() -> !enterprises.getItems().isEmpty());
                    check(cut, section, "grid", robot);
                }
                case COLLECTION -> eachTab(robot, cut, section, "#collection-tabs");
                case SUBMISSIONS, SETTINGS -> check(cut, section, "page", robot);
                default -> {
                    TableView<?> table = content.lookup("#record-table") instanceof TableView<?> t ? t : null;
                    assertThat(table).as("the record list of %s", section).isNotNull();
                    await(() -> !table.getItems().isEmpty());
                    check(cut, section, "new record", robot);
                    robot.interact(() -> table.getSelectionModel().select(0));
                    WaitForAsyncUtils.waitForFxEvents();
                    check(cut, section, "first record", robot);
                }
            }
        }
        return cut;
    }

    private void eachTab(FxRobot robot, List<String> cut, Section section, String id) {
        TabPane tabs = robot.lookup(id).queryAs(TabPane.class);
        for (int i = 0; i < tabs.getTabs().size(); i++) {
            int index = i;
            robot.interact(() -> tabs.getSelectionModel().select(index));
            WaitForAsyncUtils.waitForFxEvents();
            check(cut, section, "tab " + tabs.getTabs().get(i).getText(), robot);
        }
    }

    /** A page that may scroll: checked at its top, middle and bottom. */
    private void scrollThrough(FxRobot robot, List<String> cut, Section section, String where, String id) {
        ScrollPane scroll = robot.lookup(id).tryQueryAs(ScrollPane.class).orElse(null);
        if (scroll == null) {
            check(cut, section, where, robot);
            return;
        }
        for (double position : new double[] {0, 0.5, 1}) {
            robot.interact(() -> scroll.setVvalue(position));
            WaitForAsyncUtils.waitForFxEvents();
            check(cut, section, where, robot);
        }
    }

    private void check(List<String> cut, Section section, String where, FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String line : CutLabels.in(stage.getScene().getRoot())) {
            String entry = section + " (" + where + "): " + line;
            if (!cut.contains(entry)) {
                cut.add(entry);
            }
        }
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        DemoWindow.await(condition);
    }
}
