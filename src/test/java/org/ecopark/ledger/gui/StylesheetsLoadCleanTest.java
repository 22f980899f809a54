package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.junit.jupiter.api.AfterAll;
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
 * The stylesheets load clean (issue 18): the real window on the demo park, with the AtlantaFX PrimerLight theme
 * the program sets, shows every section, a card's tooltip, a target's trajectory, the milestones, a refused record
 * form, the new-target dialog, a target's detail page and every chapter of the user guide, and JavaFX logs not one
 * CSS warning on the way (an unresolved looked-up colour, a value of the wrong type, a rule that does not parse).
 * JavaFX reports these through the {@code javafx.css} logger ({@link CssWarnings}).
 */
@ExtendWith(ApplicationExtension.class)
class StylesheetsLoadCleanTest {

    private static final CssWarnings WARNINGS = new CssWarnings();

    @TempDir
    static Path folder;
    private static Path demo;

    @BeforeAll
    static void listenAndLoadTheDemo() {
        WARNINGS.listen();
        demo = folder.resolve("demo");
        try (Services services = Services.open(demo)) {
            services.demo().load(false);
        }
    }

    @AfterAll
    static void stopListening() {
        WARNINGS.stop();
    }

    @Start
    void start(Stage stage) throws IOException {
        WARNINGS.clear();
        I18n.setLocale(I18n.CHINESE);
        Path ledger = folder.resolve("ledger-" + System.nanoTime());
        Files.copy(Path.of(demo + ".mv.db"), Path.of(ledger + ".mv.db"));
        LedgerApp.start(stage, ledger, UserPreferences.load(folder), UiExecutor.background());
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void everySectionTheTrajectoryAndATargetsDetailPageAreStyledWithoutACssWarning(FxRobot robot) throws Exception {
        await(() -> robot.lookup("#card-value-ZZSZ-T02").tryQueryAs(Label.class)
                .map(label -> !label.getText().isEmpty()).orElse(false));
        styleEverything(robot);

        // the dashboard: cards of every status and a card's tooltip, a card's trajectory, the milestones
        robot.moveTo("#card-ZZSZ-T01").sleep(1500);
        styleEverything(robot);
        robot.clickOn("#card-ZZSZ-T02");
        await(() -> robot.lookup("#trajectory-figures").tryQuery().isPresent());
        styleEverything(robot);
        robot.clickOn("#detail-back");
        robot.clickOn("#tab-milestones");
        styleEverything(robot);
        robot.clickOn("#tab-overview");
        styleEverything(robot);

        for (Section section : Section.values()) {
            robot.clickOn("#" + section.navId());
            styleEverything(robot);
        }

        // a record form refused with its errors shown, text inputs and all
        robot.clickOn("#nav-enterprises");
        robot.clickOn("#record-new");
        robot.clickOn("#record-save");
        styleEverything(robot);

        // the new-target dialog (targets.css on the dialog pane) refused with its error shown
        robot.clickOn("#nav-targets");
        TableView<?> targets = robot.lookup("#targets-table").queryTableView();
        await(() -> !targets.getItems().isEmpty());
        robot.clickOn("#targets-add-target");
        await(() -> robot.lookup("#new-target-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#new-target-dialog").queryAs(DialogPane.class);
        robot.clickOn(dialog.lookupButton(ButtonType.OK));
        styleEverything(robot);
        robot.clickOn(dialog.lookupButton(ButtonType.CANCEL));
        await(() -> robot.lookup("#new-target-dialog").tryQuery().isEmpty());

        // a target's detail page
        robot.interact(() -> targets.getSelectionModel().select(0));
        robot.clickOn("#targets-open");
        await(() -> robot.lookup("#target-detail").tryQuery().isPresent());
        styleEverything(robot);

        // the user guide (help.css in its own window), every chapter: headings, text, bold, code, lists, pictures
        robot.press(javafx.scene.input.KeyCode.F1).release(javafx.scene.input.KeyCode.F1);
        await(() -> robot.lookup("#guide-chapter-title").tryQuery().isPresent());
        styleEverything(robot);
        while (!robot.lookup("#guide-next").queryButton().isDisabled()) {
            robot.interact(() -> robot.lookup("#guide-next").queryButton().fire());
            styleEverything(robot);
        }

        assertThat(WARNINGS.list()).as("CSS warnings logged while styling the window").isEmpty();
    }

    /** Lets the window settle, then applies CSS and lays out every open window, as a pulse would. */
    private static void styleEverything(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            for (Window window : Window.getWindows()) {
                if (window.getScene() != null) {
                    Parent root = window.getScene().getRoot();
                    root.applyCss();
                    root.layout();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
