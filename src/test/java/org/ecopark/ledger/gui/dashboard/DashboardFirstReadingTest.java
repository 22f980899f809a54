package org.ecopark.ledger.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import javafx.scene.Scene;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The dashboard's first reading does the cards' evaluation alone: the milestones and the first steps are read once the
 * cards are filled, not beside the evaluation (on a start, they shared the processor with it).
 */
@ExtendWith(ApplicationExtension.class)
class DashboardFirstReadingTest {

    private static Services ledger;
    private DashboardHarness harness;
    private final StackPane root = new StackPane();
    /** The work the dashboard asked for, run when the test says. */
    private final List<Task<?>> queued = new ArrayList<>();

    @BeforeAll
    static void demo() {
        ledger = DashboardHarness.demoLedger("dashboard-first-reading");
    }

    @AfterAll
    static void closeLedger() {
        ledger.close();
    }

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        harness = new DashboardHarness(ledger, LocalDate.of(2025, 12, 31));
        stage.setScene(new Scene(root, 1200, 760));
        stage.show();
    }

    @Test
    void theMilestonesAndFirstStepsAreReadOnceTheCardsAreFilled(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ViewContext context = new ViewContext(harness.main, harness.context.dialogs(), queued::add, () -> { });
        DashboardHarness.fx(() -> root.getChildren().setAll(DashboardView.create(context)));

        assertThat(queued).as("the cards' evaluation alone").hasSize(1);
        FlowPane cards = robot.lookup("#dashboard-cards").queryAs(FlowPane.class);
        assertThat(cards.getChildren()).isEmpty();

        DashboardHarness.fx(() -> queued.remove(0).run());

        assertThat(cards.getChildren()).isNotEmpty();
        assertThat(queued).as("the milestones and the first steps, after the cards").hasSize(2);
        List<Task<?>> beside = List.copyOf(queued);
        DashboardHarness.fx(() -> beside.forEach(Task::run));
        assertThat(beside).allMatch(Task::isDone);
        assertThat(queued).as("nothing more asked for").hasSize(2);
    }
}
