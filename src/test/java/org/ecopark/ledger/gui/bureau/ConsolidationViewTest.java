package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.ecopark.ledger.chart.TrajectoryChartData;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerRefresh;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.dashboard.EvaluationTexts;
import org.ecopark.ledger.gui.targets.Choice;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.Consolidation;
import org.ecopark.ledger.logic.bureau.IndicatorTables;
import org.ecopark.ledger.logic.bureau.ParkPackages;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.jfree.chart.fx.ChartViewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 汇总: the matrix against the bureau's consolidation, its filters, sort and a returned park; the parks' trajectories
 * side by side from the packages of 2024 and 2025; a row's package and records.
 */
@ExtendWith(ApplicationExtension.class)
class ConsolidationViewTest {

    @TempDir
    static Path folder;

    private static ParkPackages packages;

    private Database database;
    private Services bureau;
    private ReceivedPackage received2024;
    private ReceivedPackage received2025;
    private ConsolidationViewModel model;
    private LedgerRefresh refresh;
    private Path saveFolder;

    @BeforeAll
    static void packages() {
        packages = ParkPackages.export("matrix-view", folder);
    }

    @AfterAll
    static void closePark() {
        packages.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        saveFolder = java.nio.file.Files.createTempDirectory(folder, "saved");
        database = Database.inMemory("matrix-view-bureau-" + System.nanoTime());
        // every park of the catalog: 滨州惠民 shares 主营业务收入
        bureau = packages.bureau(database, "山东省生态环境厅", null);
        received2024 = bureau.packageIntake().receive(packages.package2024).received();
        received2025 = bureau.packageIntake().receive(packages.package2025).received();
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String message, Throwable error) {
                throw new AssertionError(message, error);
            }

            @Override
            public java.util.Optional<Path> chooseFolder(String title, Path start) {
                return java.util.Optional.of(saveFolder);
            }
        };
        model = new ConsolidationViewModel(() -> bureau, UiExecutor.synchronous(), dialogs, 2026);
        refresh = ConsolidationScreens.show(stage, bureau, model, new ConsolidationView(model, UiExecutor.synchronous()));
    }

    @AfterEach
    void close() {
        refresh.follow(null);
        bureau.close();
    }

    @Test
    void theLatestPeriodHeldIsShownAndAnAcceptedParksRowsAreTheConsolidationsCells(FxRobot robot) {
        Consolidation.Matrix matrix = bureau.consolidation().matrix("2025");
        List<MatrixRow> shown = rows(robot).stream().filter(r -> r.parkCode().equals(SubmissionFixture.PARK)).toList();
        List<Consolidation.Cell> cells = matrix.ofPark(SubmissionFixture.PARK);

        assertThat(model.period().period()).isEqualTo(StatPeriod.year(2025));
        assertThat(shown).extracting(MatrixRow::targetCode).containsExactlyElementsOf(
                cells.stream().map(Consolidation.Cell::targetCode).toList());
        for (int i = 0; i < cells.size(); i++) {
            Consolidation.Cell cell = cells.get(i);
            MatrixRow row = shown.get(i);
            assertThat(row.accepted()).isTrue();
            assertThat(row.packageId()).isEqualTo(received2025.id());
            assertSame(row.actual(), cell.actual());
            assertSame(row.targetValue(), cell.targetValue());
            assertThat(row.statusText()).isEqualTo(cell.status() == null ? EvaluationTexts.NONE
                    : EvaluationTexts.status(cell.status()));
        }
        assertThat(rows(robot)).hasSize(matrix.cells().size());
        assertThat(robot.lookup("#matrix-summary").queryAs(Label.class).getText()).contains("已接收 1");
    }

    @Test
    void theStatusFilterKeepsTheRowsOfOneStatus(FxRobot robot) {
        Consolidation.Cell judged = bureau.consolidation().matrix("2025").ofPark(SubmissionFixture.PARK).stream()
                .filter(c -> c.status() != null).findFirst().orElseThrow();
        long expected = bureau.consolidation().matrix("2025").cells().stream()
                .filter(c -> c.accepted() && c.status() == judged.status()).count();
        ComboBox<Choice<String>> filter = robot.lookup("#matrix-status-filter").queryComboBox();
        Choice<String> choice = filter.getItems().stream()
                .filter(c -> EvaluationTexts.status(judged.status()).equals(c.label())).findFirst().orElseThrow();

        robot.interact(() -> filter.setValue(choice));

        assertThat(rows(robot)).hasSize((int) expected).allSatisfy(row ->
                assertThat(row.statusText()).isEqualTo(EvaluationTexts.status(judged.status())));
        Choice<String> notSubmitted = filter.getItems().stream().filter(c -> "未报送".equals(c.label())).findFirst().orElseThrow();
        robot.interact(() -> filter.setValue(notSubmitted));
        assertThat(rows(robot)).isNotEmpty().allSatisfy(row -> {
            assertThat(row.parkCode()).isNotEqualTo(SubmissionFixture.PARK);
            assertThat(row.actual()).isNull();
        });
        robot.interact(() -> robot.lookup("#matrix-search").queryAs(TextField.class).setText("主营业务收入"));
        assertThat(rows(robot)).isNotEmpty().allSatisfy(row -> assertThat(row.indicator()).contains("主营业务收入"));
    }

    @Test
    void aClickOnTheActualHeaderSortsByTheFigure(FxRobot robot) {
        robot.interact(() -> robot.lookup("#matrix-park-filter").queryComboBox().getSelectionModel().select(
                robot.lookup("#matrix-park-filter").queryComboBox().getItems().stream()
                        .filter(c -> SubmissionFixture.PARK.equals(((Choice<?>) c).value())).findFirst().orElseThrow()));

        robot.clickOn(robot.lookup(".column-header").match(n -> "matrix-col-actual".equals(n.getId())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();

        List<BigDecimal> actuals = rows(robot).stream().map(MatrixRow::actual).toList();
        assertThat(actuals).hasSizeGreaterThan(2).isSortedAccordingTo(Comparator.nullsFirst(Comparator.naturalOrder()));
        assertThat(actuals.stream().filter(Objects::nonNull).count()).isGreaterThan(1);

        robot.interact(() -> robot.lookup("#matrix-park-filter").queryComboBox().getSelectionModel().select(0));
        robot.clickOn(robot.lookup(".column-header").match(n -> "matrix-col-status".equals(n.getId())).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        List<MatrixRow> byStatus = rows(robot);
        assertThat(byStatus).extracting(MatrixRow::statusRank).isSorted();
        assertThat(byStatus.get(0).accepted()).isTrue();
        assertThat(byStatus.get(byStatus.size() - 1).withoutFigures()).isTrue();
    }

    @Test
    void aReturnedParkShowsItsStateWithoutFiguresOnceTheLedgerChanges(FxRobot robot) {
        bureau.packageReturn().returnPackage(SubmissionFixture.PARK, "2025", "数据有误", folder.resolve("note.json"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        List<MatrixRow> ofPark = rows(robot).stream().filter(r -> r.parkCode().equals(SubmissionFixture.PARK)).toList();
        assertThat(ofPark).isNotEmpty().allSatisfy(row -> {
            assertThat(row.statusText()).isEqualTo("已退回");
            assertThat(row.actual()).isNull();
            assertThat(row.stateText()).contains("数据有误");
        });
        assertThat(robot.lookup("#matrix-table .table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(cell -> cell.getGraphic() instanceof Label label && "已退回".equals(label.getText())).count())
                .isPositive();
    }

    @Test
    void theChosenRowsIndicatorIsDrawnForEachParkThatHasItFromThePackagesOfBothYears(FxRobot robot) {
        MatrixRow revenue = rows(robot).stream().filter(r -> r.parkCode().equals(SubmissionFixture.PARK)
                && "MAIN_REVENUE_YEAR_SUM".equals(r.cell().indicatorCode())).findFirst().orElseThrow();
        TableView<MatrixRow> table = robot.lookup("#matrix-table").queryTableView();

        robot.interact(() -> table.getSelectionModel().select(revenue));

        List<ChartViewer> charts = robot.lookup("#matrix-charts").queryAs(javafx.scene.layout.FlowPane.class)
                .getChildren().stream().map(ChartViewer.class::cast).toList();
        List<String> parks = bureau.consolidation().histories("MAIN_REVENUE_YEAR_SUM", Map.of()).stream()
                .map(h -> h.park().shortName()).toList();
        assertThat(parks).containsExactlyInAnyOrder("枣庄市中区", "滨州惠民");
        assertThat(charts).extracting(c -> data(c).title()).containsExactlyInAnyOrder("枣庄市中区",
                "滨州惠民（尚无已接收的数据包）");
        TrajectoryChartData zaozhuang = charts.stream().map(ConsolidationViewTest::data)
                .filter(d -> d.title().equals("枣庄市中区")).findFirst().orElseThrow();
        UnitOfWork unitOfWork = new UnitOfWork(database);
        BigDecimal actual2024 = reported(unitOfWork, received2024.id(), revenue.targetCode());
        BigDecimal actual2025 = reported(unitOfWork, received2025.id(), revenue.targetCode());
        assertThat(zaozhuang.actual()).extracting(SeriesPoint::date)
                .containsExactly(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31));
        assertThat(zaozhuang.actual().get(0).value()).isEqualByComparingTo(actual2024);
        assertThat(zaozhuang.actual().get(1).value()).isEqualByComparingTo(actual2025);
        assertThat(zaozhuang.targetLevel()).isEqualByComparingTo(revenue.targetValue());
        assertThat(charts).allSatisfy(c -> assertThat(c.getChart()).isNotNull());
        assertThat(robot.lookup("#matrix-charts-title").queryAs(Label.class).getText()).contains("2 个园区");
    }

    @Test
    void aRowOpensItsPackageAndTheRecordsBehindTheFigure(FxRobot robot) {
        MatrixRow patents = rows(robot).stream().filter(r -> r.parkCode().equals(SubmissionFixture.PARK)
                && "PATENTS_GRANTED".equals(r.cell().indicatorCode())).findFirst().orElseThrow();
        TableView<MatrixRow> table = robot.lookup("#matrix-table").queryTableView();
        robot.interact(() -> table.getSelectionModel().select(patents));

        robot.clickOn("#matrix-details");
        ConsolidationScreens.waitShowing(robot, "#detail-sha256");

        assertThat(text(robot, "#detail-sha256")).isEqualTo(received2025.sha256());
        assertThat(text(robot, "#detail-file")).isEqualTo(received2025.fileName());
        assertThat(text(robot, "#detail-fingerprint")).isEqualTo(received2025.signerFingerprint());
        assertThat(text(robot, "#detail-park")).contains(SubmissionFixture.PARK);
        assertThat(text(robot, "#detail-period")).isEqualTo("2025年");
        assertThat(text(robot, "#detail-state")).isEqualTo("已接收");
        int counted = bureau.packageRecords().counts(received2025.id()).get(IndicatorTables.PATENTS);
        TableView<?> records = robot.lookup("#detail-records").queryTableView();
        assertThat(counted).isPositive();
        assertThat(records.getItems()).hasSize(counted);
        assertThat(robot.lookup("#detail-records-note").queryAs(Label.class).getText()).isEqualTo("专利：共 " + counted + " 行");
        assertThat(records.getColumns().get(0).getText()).isEqualTo("专利号");

        robot.clickOn("#detail-save");
        WaitForAsyncUtils.waitForFxEvents();
        Path saved = saveFolder.resolve(received2025.fileName());
        assertThat(saved).hasSameBinaryContentAs(packages.package2025);
        assertThat(robot.lookup("#detail-saved").queryAs(Label.class).getText()).isEqualTo("已保存到 " + saved);
    }

    private static List<MatrixRow> rows(FxRobot robot) {
        TableView<MatrixRow> table = robot.lookup("#matrix-table").queryTableView();
        return List.copyOf(table.getItems());
    }

    private static TrajectoryChartData data(ChartViewer viewer) {
        return (TrajectoryChartData) viewer.getProperties().get(TrajectoryChartData.class);
    }

    private static BigDecimal reported(UnitOfWork unitOfWork, long packageId, String targetCode) {
        return unitOfWork.read().receivedPackages().targets(packageId).stream()
                .filter(t -> t.targetCode().equals(targetCode)).findFirst().orElseThrow().actual();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }

    private static void assertSame(BigDecimal shown, BigDecimal expected) {
        if (expected == null) {
            assertThat(shown).isNull();
        } else {
            assertThat(shown).isEqualByComparingTo(expected);
        }
    }
}
