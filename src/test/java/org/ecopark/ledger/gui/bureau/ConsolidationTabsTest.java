package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerRefresh;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.BureauReport;
import org.ecopark.ledger.logic.bureau.Consolidation;
import org.ecopark.ledger.logic.bureau.CrossParkFigures;
import org.ecopark.ledger.logic.bureau.TwoParkBureau;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.persistence.Database;
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
 * 汇总's tabs beside the matrix on a bureau of 枣庄市 that accepted the 2025 packages of two parks: 跨园区合计 shows
 * the figures the logic computes across them, 全省与集群目标 which targets the parks feed, and 导出汇总报告… writes the
 * workbook and PDF signed as the dialog was filled.
 */
@ExtendWith(ApplicationExtension.class)
class ConsolidationTabsTest {

    @TempDir
    static Path folder;

    private static TwoParkBureau parks;

    private Services bureau;
    private ConsolidationViewModel model;
    private LedgerRefresh refresh;
    private Path reportOut;
    private final List<Path> opened = new ArrayList<>();

    @BeforeAll
    static void packages() {
        I18n.setLocale(I18n.CHINESE);
        parks = TwoParkBureau.packages(folder);
    }

    @AfterAll
    static void closeParks() {
        parks.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        Path out = Files.createTempDirectory(folder, "report");
        reportOut = out.resolve("枣庄汇总-2025.xlsx");
        bureau = parks.bureau(Database.inMemory("matrix-tabs-" + System.nanoTime()));
        bureau.packageIntake().receive(parks.firstPackage);
        bureau.packageIntake().receive(parks.secondPackage);
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String message, Throwable error) {
                throw new AssertionError(message, error);
            }

            @Override
            public Optional<Path> chooseFileToWrite(String title, String initialName, String kinds,
                                                    String... patterns) {
                assertThat(initialName).isEqualTo("汇总报告-2025.xlsx");
                return Optional.of(reportOut);
            }
        };
        model = new ConsolidationViewModel(() -> bureau, UiExecutor.synchronous(), dialogs, 2026);
        refresh = ConsolidationScreens.show(stage, bureau, model, new ConsolidationView(model, UiExecutor.synchronous(), opened::add));
    }

    @AfterEach
    void close() {
        refresh.follow(null);
        bureau.close();
    }

    @Test
    void theAcrossParksTabShowsTheFiguresTheLogicComputesFromBothParks(FxRobot robot) {
        select(robot, "figures-tab");
        List<CrossParkFigures.Figure> figures = bureau.crossParkFigures().figures(bureau.consolidation().matrix("2025"));
        TableView<CrossParkFigures.Figure> table = robot.lookup("#figures-table").queryTableView();

        assertThat(table.isVisible()).isTrue();
        assertThat(table.getItems()).hasSameSizeAs(figures).isNotEmpty();
        for (int i = 0; i < figures.size(); i++) {
            CrossParkFigures.Figure figure = figures.get(i);
            assertThat(cell(table, "figures-col-indicator", i)).isEqualTo(figure.name());
            assertThat(cell(table, "figures-col-unit", i)).isEqualTo(figure.unit());
            assertThat(cell(table, "figures-col-contributing", i))
                    .isEqualTo(String.valueOf(figure.contributing().size()));
            assertThat(cell(table, "figures-col-parks", i)).isEqualTo(String.valueOf(figure.parks()));
            assertThat(cell(table, "figures-col-method", i))
                    .isEqualTo(I18n.tr("consolidation.cross.method." + figure.method().name()));
        }
        int revenue = index(figures, "MAIN_REVENUE_YEAR_SUM");
        CrossParkFigures.Figure sum = figures.get(revenue);
        assertThat(sum.method()).isEqualTo(CrossParkFigures.Method.SUM);
        assertThat(sum.contributing()).hasSize(2);
        assertThat(cell(table, "figures-col-contributing", revenue)).isEqualTo("2");
        assertThat(cell(table, "figures-col-method", revenue)).isEqualTo("各园区相加");
        assertThat(new java.math.BigDecimal(cell(table, "figures-col-value", revenue).replace(",", "")))
                .isEqualByComparingTo(sum.value().setScale(Math.min(sum.value().scale(), 2), java.math.RoundingMode.HALF_UP));
        CrossParkFigures.Figure ratio = figures.stream()
                .filter(f -> f.method() == CrossParkFigures.Method.RATIO_OF_SUMS && f.value() != null)
                .findFirst().orElseThrow();
        assertThat(cell(table, "figures-col-method", figures.indexOf(ratio))).isEqualTo("分子合计 ÷ 分母合计");
        assertThat(new java.math.BigDecimal(cell(table, "figures-col-value", figures.indexOf(ratio))))
                .isEqualByComparingTo(ratio.value().setScale(2, java.math.RoundingMode.HALF_UP));
    }

    @Test
    void aReturnedParkLeavesTheAcrossParksFiguresOnceTheLedgerChanges(FxRobot robot) {
        select(robot, "figures-tab");
        bureau.packageReturn().returnPackage(SubmissionFixture.SECOND_PARK, "2025", "统计口径有误",
                folder.resolve("return-note.json"));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        List<CrossParkFigures.Figure> figures = bureau.crossParkFigures().figures(bureau.consolidation().matrix("2025"));
        TableView<CrossParkFigures.Figure> table = robot.lookup("#figures-table").queryTableView();
        int revenue = index(figures, "MAIN_REVENUE_YEAR_SUM");
        assertThat(figures.get(revenue).contributing()).hasSize(1);
        assertThat(cell(table, "figures-col-contributing", revenue)).isEqualTo("1");
        assertThat(cell(table, "figures-col-missing", revenue)).contains(SubmissionFixture.SECOND_PARK, "统计口径有误");
    }

    @Test
    void theProvinceTabSaysWhichTargetsTheParksFeedAndWhichNeedTheProvincesFigures(FxRobot robot) {
        select(robot, "province-tab");
        TableView<?> table = robot.lookup("#province-table").queryTableView();
        var rows = bureau.provinceContributions().rows(bureau.consolidation().matrix("2025"));

        assertThat(table.getItems()).hasSameSizeAs(rows).isNotEmpty();
        int fed = row(table, "SD-T14");
        int notFed = row(table, "SD-T01");
        assertThat(cell(table, "province-col-source", fed)).isEqualTo("本市园区合计");
        var expected = rows.stream().filter(r -> r.target().code().equals("SD-T14")).findFirst().orElseThrow();
        assertThat(expected.contributing()).hasSize(2);
        assertThat(cell(table, "province-col-contribution", fed))
                .isEqualTo(Decimals.text(expected.contribution()) + " " + expected.target().unit().symbol());
        assertThat(cell(table, "province-col-source", notFed)).isEqualTo("需省级数据");
        assertThat(cell(table, "province-col-contribution", notFed)).isEqualTo("—");
        assertThat(cell(table, "province-col-scope", notFed)).isEqualTo("全省");
    }

    @Test
    void theReportButtonWritesTheWorkbookAndPdfSignedAsTheDialogWasFilled(FxRobot robot) throws Exception {
        robot.clickOn("#matrix-report");
        ConsolidationScreens.waitShowing(robot, "#report-unit-head");
        robot.interact(() -> {
            robot.lookup("#report-unit-head").queryAs(TextField.class).setText("赵局长");
            robot.lookup("#report-statistics-head").queryAs(TextField.class).setText("钱统计");
            robot.lookup("#report-preparer").queryAs(TextField.class).setText("孙填表");
            robot.lookup("#report-phone").queryAs(TextField.class).setText("0632-3333333");
            robot.lookup("#report-date").queryAs(DatePicker.class).setValue(LocalDate.of(2026, 1, 20));
        });
        robot.clickOn("#bureau-report-next");
        WaitForAsyncUtils.waitForFxEvents();

        Path workbook = reportOut;
        Path pdf = reportOut.resolveSibling("枣庄汇总-2025.pdf");
        assertThat(workbook).exists().isNotEmptyFile();
        assertThat(pdf).exists().isNotEmptyFile();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            assertThat(stripper.getText(document)).contains("枣庄市生态环境局", "2025", "赵局长", "钱统计", "孙填表",
                    "0632-3333333", "2026-01-20");
        }
        String message = robot.lookup("#matrix-report-message").queryAs(Label.class).getText();
        assertThat(message).contains(workbook.toString(), pdf.toString(), "2 个园区", "已接收报送 2 个");
        assertThat(bureau.submissions().signature(BureauReport.SIGNATURE_OWNER)).isEqualTo(new SignatureBlock(
                "赵局长", "钱统计", "孙填表", "0632-3333333", LocalDate.of(2026, 1, 20)));

        robot.clickOn("#matrix-report-open-folder");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(pdf.getParent());

        // the next report starts from the block remembered
        robot.clickOn("#matrix-report");
        ConsolidationScreens.waitShowing(robot, "#report-unit-head");
        assertThat(robot.lookup("#report-unit-head").queryAs(TextField.class).getText()).isEqualTo("赵局长");
        assertThat(robot.lookup("#report-date").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2026, 1, 20));
        javafx.scene.control.DialogPane pane = robot.lookup("#bureau-report-dialog").queryAs(javafx.scene.control.DialogPane.class);
        robot.interact(() -> ((javafx.scene.control.Button) pane.lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
        assertThat(opened).hasSize(1);
    }

    @Test
    void aReportThatCannotBeWrittenIsSaidInOneSentence(FxRobot robot) {
        reportOut = folder.resolve("no-such-folder").resolve("汇总.xlsx");
        robot.clickOn("#matrix-report");
        ConsolidationScreens.waitShowing(robot, "#report-unit-head");
        robot.clickOn("#bureau-report-next");
        WaitForAsyncUtils.waitForFxEvents();

        Label message = robot.lookup("#matrix-report-message").queryAs(Label.class);
        assertThat(message.getText()).isEqualTo("无法写出汇总报告：文件夹“" + reportOut.getParent() + "”不存在。");
        assertThat(message.getStyleClass()).contains(org.ecopark.ledger.gui.common.Styles.MESSAGE_ERROR);
        assertThat(robot.lookup("#matrix-report-open-folder").query().isVisible()).isFalse();
    }

    private static void select(FxRobot robot, String tabId) {
        TabPane tabs = robot.lookup("#consolidation-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(tab -> tabId.equals(tab.getId())).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int index(List<CrossParkFigures.Figure> figures, String key) {
        for (int i = 0; i < figures.size(); i++) {
            if (key.equals(figures.get(i).key())) {
                return i;
            }
        }
        throw new AssertionError("No figure " + key);
    }

    private static int row(TableView<?> table, String code) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (code.equals(cell(table, "province-col-code", i))) {
                return i;
            }
        }
        throw new AssertionError("No row " + code);
    }

    private static String cell(TableView<?> table, String columnId, int index) {
        TableColumn<?, ?> column = table.getColumns().stream().filter(c -> columnId.equals(c.getId())).findFirst()
                .orElseThrow();
        return String.valueOf(column.getCellData(index));
    }
}
