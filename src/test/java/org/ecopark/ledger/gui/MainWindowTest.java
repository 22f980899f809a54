package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.model.Park;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the real main window headless on a fresh ledger and walks every section. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    @TempDir
    static Path folder;

    private MainViewModel model;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        model = LedgerApp.start(stage, folder.resolve("ledger-" + System.nanoTime()), UserPreferences.load(folder),
                UiExecutor.background());
    }

    @AfterEach
    void closeDialogs() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theWindowOpensInChineseAndTheDatabaseOpensBehindIt(FxRobot robot) throws Exception {
        waitForLedger();
        assertThat(robot.lookup("#nav-dashboard").queryAs(ToggleButton.class).getText()).isEqualTo("总览");
        assertThat(robot.lookup("#status-database").queryAs(Label.class).getText()).endsWith(".mv.db");
        assertThat(robot.lookup("#status-park").queryAs(Label.class).getText()).startsWith("园区：");
    }

    @Test
    void everySectionCanBeVisited(FxRobot robot) throws Exception {
        waitForLedger();
        WindowStart.dismissParkChooser(robot);
        for (Section section : Section.values()) {
            robot.clickOn("#" + section.navId());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(model.sectionProperty().get()).isEqualTo(section);
            Node content = robot.lookup("#section-content").queryAs(javafx.scene.layout.StackPane.class).getChildren().get(0);
            assertThat(content.isVisible()).isTrue();
            assertThat(robot.lookup("#" + section.navId()).queryAs(ToggleButton.class).isSelected()).isTrue();
        }
    }

    @Test
    void theLedgerCheckRunsFromTheFileMenuAndSaysTheLedgerIsConsistent(FxRobot robot) throws Exception {
        waitForLedger();
        WindowStart.dismissParkChooser(robot);
        robot.clickOn("#menu-file").clickOn("#menu-check");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#check-summary").tryQuery()
                .map(node -> ((Label) node).getText().equals("台账一致。")).orElse(false));
        assertThat(robot.lookup("#check-findings").queryListView().getItems()).singleElement().asString()
                .startsWith("检查通过：");
        assertThat(robot.lookup("#check-repair").queryButton().isDisabled()).isTrue();
    }

    @Test
    void theSettingsShowTheFingerprintOfTheLedgersSigningKey(FxRobot robot) throws Exception {
        waitForLedger();
        WindowStart.dismissParkChooser(robot);
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#settings-fingerprint").queryAs(Label.class).getText())
                .isEqualTo(model.servicesProperty().get().signingKeys().key().fingerprint().text())
                .matches("([0-9A-F]{4} ){7}[0-9A-F]{4}");
    }

    @Test
    void theAboutDialogShowsTheVersion(FxRobot robot) throws Exception {
        waitForLedger();
        WindowStart.dismissParkChooser(robot);
        robot.clickOn("#menu-help").clickOn("#menu-about");
        Settled.shown(robot, "#about-version", 10);
        assertThat(robot.lookup("#about-version").queryAs(Label.class).getText())
                .isEqualTo(org.ecopark.ledger.logic.AppInfo.version());
        robot.clickOn(robot.lookup("#about-dialog .button").queryButton());
    }

    private void waitForLedger() throws Exception {
        WindowStart.openWithoutDemo(new FxRobot(), model);
    }

    @Test
    void theFirstRunAsksForTheParkAndRemembersIt(FxRobot robot) throws Exception {
        waitForLedger();
        ListView<Park> list = robot.lookup("#park-chooser-list").queryListView();
        assertThat(list.getItems()).extracting(Park::code).contains("ZZSZ");
        // every park's whole name shows inside the list: the names ran off its edge, behind a sideways scroll bar
        // ("青岛上合生态环保产业特色园区（青岛…")
        List<ListCell<?>> cells = robot.lookup("#park-chooser-list .list-cell").queryAllAs(ListCell.class).stream()
                .<ListCell<?>>map(cell -> cell).filter(cell -> cell.getText() != null).toList();
        assertThat(cells).isNotEmpty().allSatisfy(cell -> {
            assertThat(((Text) cell.lookup(".text")).getText()).isEqualTo(cell.getText());
            assertThat(cell.getWidth()).as(cell.getText()).isLessThanOrEqualTo(list.getWidth());
        });
        Park zaozhuang = list.getItems().stream().filter(park -> park.code().equals("ZZSZ")).findFirst().orElseThrow();
        robot.interact(() -> list.getSelectionModel().select(zaozhuang));
        robot.clickOn(WindowStart.chooserButton(robot, ButtonType.OK));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#status-park").queryAs(Label.class).getText()).contains("枣庄市中区");
        assertThat(model.servicesProperty().get().parks().selectedPark()).contains(zaozhuang);
    }
}
