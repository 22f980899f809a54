package org.ecopark.ledger.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.concurrent.Task;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.ecopark.ledger.chart.ChartFonts;
import org.ecopark.ledger.chart.ChartLabelLayout;
import org.ecopark.ledger.chart.LabelOverlaps;
import org.ecopark.ledger.chart.TrajectoryChartFactory;
import org.ecopark.ledger.chart.TrajectoryLabels;
import org.ecopark.ledger.gui.MainWindow;
import org.ecopark.ledger.gui.Section;
import org.ecopark.ledger.gui.SectionViews;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.gui.records.EnterprisesView;
import org.ecopark.ledger.gui.records.PatentsView;
import org.ecopark.ledger.gui.records.StatisticsView;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.DrillDownRow;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.model.TargetStatus;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The demo park's dashboard at the final evaluation: cards, a status filter, a card opened, and a record of
 * its drill-down opened in its section's form.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {

    private static Services ledger;
    private DashboardHarness harness;
    private final StackPane root = new StackPane();

    @BeforeAll
    static void demo() {
        ledger = DashboardHarness.demoLedger("dashboard-view");
    }

    @AfterAll
    static void closeLedger() {
        ledger.close();
    }

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        // the window's theme: dashboard.css builds on its colour names
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        harness = new DashboardHarness(ledger, LocalDate.of(2025, 12, 31));
        stage.setScene(new Scene(root, 1200, 760)); // within the headless screen (1280 x 800)
        stage.show();
    }

    /** The section is built once the ledger is open, as the window does. */
    private void showDashboard(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> root.getChildren().setAll(DashboardView.create(harness.context)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void showsACardPerTargetAndTheStatusChipFiltersThem(FxRobot robot) {
        showDashboard(robot);
        FlowPane cards = robot.lookup("#dashboard-cards").queryAs(FlowPane.class);
        int all = harness.services.targets().forPark("ZZSZ").size();
        assertThat(cards.getChildren()).hasSize(all);
        assertThat(robot.lookup("#card-value-ZZSZ-T06").queryAs(Label.class).getText()).endsWith(" / 180 项");

        String status = robot.lookup("#card-status-ZZSZ-T06").queryAs(Label.class).getText();
        TargetStatus patents = Set.of(TargetStatus.values()).stream()
                .filter(s -> EvaluationTexts.status(s).equals(status)).findFirst().orElseThrow();
        Button chip = robot.lookup("#summary-" + patents.name()).queryAs(Button.class);
        int count = Integer.parseInt(chip.getText().replaceAll("\\D+", ""));
        robot.clickOn(chip);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(cards.getChildren()).hasSize(count).hasSizeLessThan(all);
        assertThat(cards.getChildren()).extracting(Node::getId).contains("card-ZZSZ-T06");
        assertThat(robot.lookup("#filter-status").queryComboBox().getValue().toString()).isEqualTo(status);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCardOpensTheTrajectoryChartAndTheRecordsBehindTheValue(FxRobot robot) {
        showDashboard(robot);
        robot.clickOn("#card-ZZSZ-T06");
        WaitForAsyncUtils.waitForFxEvents();

        ChartViewer viewer = robot.lookup("#trajectory-chart").queryAs(ChartViewer.class);
        assertThat(viewer.getChart()).isNotNull();
        assertThat(viewer.getChart().getTitle().getText()).isEqualTo("授权专利");
        TableView<DrillDownRow> table = robot.lookup("#drilldown-table").queryAs(TableView.class);
        assertThat(table.getItems()).isNotEmpty().allMatch(row -> row.recordType().equals("patent"));
        assertThat(robot.lookup("#figure-status").queryAs(Label.class).getText()).isNotBlank();

        robot.clickOn("#detail-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dashboard-cards").tryQuery()).isPresent();
        assertThat(robot.lookup("#trajectory-chart").tryQuery()).isEmpty();
    }

    /**
     * Revenue reached its last value at the deadline, by the deadline's label. On screen JavaFX sets the
     * chart's text, wider than AWT measures it: each label's box is measured as it is drawn, so the text
     * stays inside its box and the boxes stay apart and off the lines.
     */
    @Test
    void theChartsLabelsOnScreenFitTheirBoxesAndKeepApart(FxRobot robot) throws TimeoutException {
        showDashboard(robot);
        robot.clickOn("#card-ZZSZ-T02");
        WaitForAsyncUtils.waitForFxEvents();
        JFreeChart chart = robot.lookup("#trajectory-chart").queryAs(ChartViewer.class).getChart();
        TrajectoryLabels labels = TrajectoryLabels.of(chart);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> labels.lastLayout() != null);

        assertThat(LabelOverlaps.of(chart, "window")).isEmpty();
        List<ChartLabelLayout.Placed> placed = labels.lastLayout().placed();
        assertThat(placed).extracting(ChartLabelLayout.Placed::owner)
                .contains(TrajectoryLabels.TARGET, TrajectoryLabels.DEADLINE, TrajectoryChartFactory.ACTUAL_KEY);
        Font font = Font.font(ChartFonts.bold(12).getFamily(), FontWeight.BOLD, 12);
        for (ChartLabelLayout.Placed label : placed) {
            Text text = new Text(labels.texts().get(label.owner()));
            text.setFont(font);
            assertThat(text.getLayoutBounds().getWidth()).as(text.getText())
                    .isLessThanOrEqualTo(label.box().getWidth() - 5);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPatentDoubleClickedInTheDrillDownIsSelectedInThePatentsListAndShownInItsForm(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        SectionViews views = new SectionViews()
                .register(Section.DASHBOARD, DashboardView::create)
                .register(Section.PATENTS, PatentsView::create);
        robot.interact(() -> root.getChildren().setAll(
                new MainWindow(harness.context, views, () -> { }, () -> { }, () -> { }).build()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#card-ZZSZ-T06");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DrillDownRow> drillDown = robot.lookup("#drilldown-table").queryAs(TableView.class);
        DrillDownRow first = drillDown.getItems().get(0);
        Patent patent = harness.services.records().patents().find(first.recordId()).orElseThrow();

        robot.doubleClickOn(robot.lookup("#drilldown-table .table-row-cell")
                .match((TableRow<DrillDownRow> row) -> first.equals(row.getItem())).queryAs(TableRow.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.main.sectionProperty().get()).isEqualTo(Section.PATENTS);
        assertThat(robot.lookup("#" + Section.PATENTS.navId()).queryAs(ToggleButton.class).isSelected()).isTrue();
        TableView<Patent> list = robot.lookup("#patents-view #record-table").queryAs(TableView.class);
        assertThat(list.getSelectionModel().getSelectedItem().id()).isEqualTo(patent.id());
        assertThat(robot.lookup("#patent-number").queryAs(TextField.class).getText()).isEqualTo(patent.number());
        assertThat(robot.lookup("#patent-title").queryAs(TextField.class).getText()).isEqualTo(patent.title());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anEnterpriseDoubleClickedBehindTheMainRevenueShowsItsFiguresOfThatPeriodInTheStatistics(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        SectionViews views = new SectionViews()
                .register(Section.DASHBOARD, DashboardView::create)
                .register(Section.ENTERPRISES, EnterprisesView::create)
                .register(Section.STATISTICS, StatisticsView::create);
        robot.interact(() -> root.getChildren().setAll(
                new MainWindow(harness.context, views, () -> { }, () -> { }, () -> { }).build()));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#card-ZZSZ-T02");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<DrillDownRow> drillDown = robot.lookup("#drilldown-table").queryAs(TableView.class);
        DrillDownRow first = drillDown.getItems().get(0);
        StatPeriod period = first.figures();
        BigDecimal figure = harness.services.records().statistics().sheet(first.recordId(), period).lines().stream()
                .filter(line -> line.metric().code().equals("MAIN_REVENUE")).findFirst().orElseThrow().value();

        robot.doubleClickOn(robot.lookup("#drilldown-table .table-row-cell")
                .match((TableRow<DrillDownRow> row) -> first.equals(row.getItem())).queryAs(TableRow.class));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.main.sectionProperty().get()).isEqualTo(Section.STATISTICS);
        assertThat(robot.lookup("#" + Section.STATISTICS.navId()).queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#enterprises-view").tryQuery()).isEmpty();
        ListView<Enterprise> enterprises = robot.lookup("#stat-enterprises").queryAs(ListView.class);
        assertThat(enterprises.getSelectionModel().getSelectedItem().id()).isEqualTo(first.recordId());
        assertThat(robot.lookup("#stat-value-MAIN_REVENUE").queryAs(TextField.class).getText())
                .isNotBlank().isEqualTo(figure.toPlainString());
    }

    /**
     * The first reading does the cards' evaluation alone: the milestones and the first steps are read once the cards
     * are filled, not beside the evaluation (on a start, they shared the processor with it).
     */
    @Test
    void theMilestonesAndFirstStepsAreReadOnceTheCardsAreFilled(FxRobot robot) {
        // the work the dashboard asks for, run when the test says
        List<Task<?>> queued = new ArrayList<>();
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

    /**
     * The milestones' table is not built with the dashboard, behind its tab; opened, it lists what the evaluation gives
     * for the park (the demo park's plan sets it none), and it is built once. The guide of a new park is not built
     * either while it is not to be shown.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theMilestonesTableAndTheFirstStepsAreBuiltWhenFirstShown(FxRobot robot) throws TimeoutException {
        showDashboard(robot);
        assertThat(robot.lookup("#milestones-table").tryQuery()).isEmpty();
        // nor the first steps' guide for a park past them (FirstStepsWindowTest: a new park's guide is shown)
        assertThat(harness.services.firstSteps().steps(harness.context.parkProperty().get()).guideShown()).isFalse();
        assertThat(robot.lookup("#first-steps").tryQuery()).isEmpty();
        int milestones = harness.services.evaluation().milestones(org.ecopark.ledger.model.TargetScope.PARK, "ZZSZ",
                LocalDate.of(2025, 12, 31)).size();

        robot.clickOn("#tab-milestones");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#milestones-table").tryQuery()
                .map(table -> ((TableView<Object>) table).getItems().size() == milestones).orElse(false));

        TableView<Object> table = robot.lookup("#milestones-table").queryAs(TableView.class);
        robot.clickOn("#tab-overview");
        robot.clickOn("#tab-milestones");
        assertThat(robot.lookup("#milestones-table").queryAs(TableView.class)).as("built once").isSameAs(table);
    }
}
