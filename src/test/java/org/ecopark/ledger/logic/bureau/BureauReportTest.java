package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.submission.PdfStyles;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consolidated report of two parks read back: the workbook's cells and status colours against the matrix, the
 * figures across parks and the province's targets; the PDF's cover, one page per indicator, and the parks left out.
 */
class BureauReportTest extends TwoParkBureauTest {

    private static final SignatureBlock SIGNATURE = new SignatureBlock("赵局长", "钱统计", "孙填表", "0632-3333333",
            LocalDate.of(2026, 1, 20));

    @TempDir
    Path out;

    @Test
    void theWorkbookHoldsTheMatrixInTheStatusColoursTheFiguresAndTheProvincesTargets() throws IOException {
        bureau.packageIntake().receive(parks.firstPackage);
        bureau.packageIntake().receive(parks.secondPackage);

        BureauReport.Written written = bureau.bureauReport().write("2025", out.resolve("枣庄-2025.xlsx"), SIGNATURE);

        assertThat(written.workbook()).isEqualTo(out.resolve("枣庄-2025.xlsx")).exists();
        assertThat(written.pdf()).isEqualTo(out.resolve("枣庄-2025.pdf")).exists();
        Consolidation.Matrix matrix = bureau.consolidation().matrix("2025");
        try (InputStream in = Files.newInputStream(written.workbook()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("报送情况", "园区×目标", "跨园区合计", "全省与集群目标");
            Sheet cells = book.getSheet("园区×目标");
            assertThat(cells.getLastRowNum()).isEqualTo(matrix.cells().size());
            int coloured = 0;
            for (int r = 1; r <= cells.getLastRowNum(); r++) {
                Row row = cells.getRow(r);
                Consolidation.Cell cell = matrix.cells().get(r - 1);
                assertThat(text(row.getCell(0))).isEqualTo(cell.park().code());
                assertThat(text(row.getCell(3))).isEqualTo(cell.targetCode());
                if (cell.actual() != null) {
                    assertThat(row.getCell(8).getNumericCellValue()).isEqualTo(cell.actual().doubleValue());
                }
                if (cell.status() != null) {
                    Cell status = row.getCell(10);
                    assertThat(text(status)).isEqualTo(I18n.tr("indicators.status." + cell.status().name()));
                    XSSFColor fill = ((XSSFCellStyle) status.getCellStyle()).getFillForegroundColorColor();
                    assertThat(fill.getRGB()).containsExactly(rgb(PdfStyles.statusFill(cell.status())));
                    coloured++;
                }
            }
            assertThat(coloured).isPositive();

            Sheet figures = book.getSheet("跨园区合计");
            CrossParkFigures.Figure ratio = bureau.crossParkFigures().figures(matrix).stream()
                    .filter(f -> "RD_SPENDING_SHARE_OF_OUTPUT".equals(f.indicatorCode())).findFirst().orElseThrow();
            Row ratioRow = rowWith(figures, 1, "RD_SPENDING_SHARE_OF_OUTPUT");
            assertThat(ratioRow.getCell(4).getNumericCellValue()).isEqualTo(ratio.value().doubleValue());
            assertThat(ratioRow.getCell(5).getNumericCellValue()).isEqualTo(ratio.numerator().doubleValue());
            assertThat(text(ratioRow.getCell(3))).isEqualTo("分子合计 ÷ 分母合计");

            Sheet province = book.getSheet("全省与集群目标");
            assertThat(text(rowWith(province, 0, "SD-T14").getCell(4))).isEqualTo("本市园区合计");
            assertThat(rowWith(province, 0, "SD-T14").getCell(5).getNumericCellValue()).isEqualTo(2.0);
            assertThat(text(rowWith(province, 0, "SD-T01").getCell(4))).isEqualTo("需省级数据");
        }
    }

    @Test
    void thePdfHasTheCoverWithTheSignatureBlockAndOnePagePerIndicator() throws IOException {
        bureau.packageIntake().receive(parks.firstPackage);
        bureau.packageIntake().receive(parks.secondPackage);
        bureau.packageReturn().returnPackage(SubmissionFixture.SECOND_PARK, "2025", "统计口径有误",
                folder.resolve("note-" + System.nanoTime() + ".zip"));

        BureauReport.Written written = bureau.bureauReport().write("2025", out, SIGNATURE);
        List<CrossParkFigures.Figure> figures = bureau.crossParkFigures().figures(bureau.consolidation().matrix("2025"));

        assertThat(written.pdf().getFileName().toString()).isEqualTo("汇总报告-2025.pdf");
        try (PDDocument pdf = Loader.loadPDF(written.pdf().toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(written.pages());
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String cover = stripper.getText(pdf);
            assertThat(cover).contains("枣庄市生态环境局", "枣庄市", "2025", "汇总报告", "单位负责人", "统计负责人", "填表人",
                    "联系电话", "报出日期", "赵局长", "0632-3333333", "2026-01-20",
                    bureau.signingKeys().key().fingerprint().text());
            List<String> pages = new ArrayList<>();
            for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf));
            }
            assertThat(pages.get(0)).contains("各园区报送情况", "已退回（统计口径有误）", "园区 × 目标");
            List<String> figurePages = pages.stream().filter(text -> text.contains("汇总方法：")).toList();
            assertThat(figurePages).hasSize(figures.size());
            for (int i = 0; i < figures.size(); i++) {
                assertThat(figurePages.get(i)).contains((i + 1) + ". " + figures.get(i).name(), figures.get(i).key());
            }
            String revenue = figurePages.stream().filter(text -> text.contains("MAIN_REVENUE_YEAR_SUM")).findFirst()
                    .orElseThrow();
            assertThat(revenue).contains("未计入的园区：BZHM", "已退回", "计入 1 个园区，共 2 个园区有此指标");
            int provinceStarts = pages.indexOf(pages.stream().filter(t -> t.contains("全省与产业集群目标")).findFirst()
                    .orElseThrow());
            assertThat(provinceStarts).isGreaterThan(pages.indexOf(figurePages.get(figurePages.size() - 1)));
            assertThat(String.join("\n", pages.subList(provinceStarts, pages.size())))
                    .contains("本市园区合计", "需省级数据", "SD-T14", "SD-T50");
        }
    }

    @Test
    void withNothingAcceptedTheReportStillListsEveryParksState() throws IOException {
        BureauReport.Written written = bureau.bureauReport().write("2024", out.resolve("empty"), SignatureBlock.EMPTY);

        assertThat(written.accepted()).isZero();
        assertThat(written.workbook()).isEqualTo(out.resolve("empty.xlsx"));
        try (PDDocument pdf = Loader.loadPDF(written.pdf().toFile())) {
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("尚无已接收的报送", "ZZSZ", "BZHM", "未报送");
        }
        try (InputStream in = Files.newInputStream(written.workbook()); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet states = book.getSheet("报送情况");
            assertThat(states.getLastRowNum()).isEqualTo(2);
            assertThat(text(states.getRow(1).getCell(2))).isEqualTo("未报送");
        }
    }

    @Test
    void aFolderThatDoesNotExistOrAParkLedgerIsRefusedInWords() {
        assertThatThrownBy(() -> bureau.bureauReport().write("2025", out.resolve("nowhere/report"), SIGNATURE))
                .isInstanceOf(BureauException.class).hasMessageContaining("不存在");
        assertThatThrownBy(() -> bureau.bureauReport().write("2025年", out, SIGNATURE))
                .isInstanceOf(BureauException.class);
        try (Services park = new Services(Database.inMemory("report-park-" + System.nanoTime()))) {
            assertThatThrownBy(() -> park.bureauReport().write("2025", out, SIGNATURE))
                    .isInstanceOf(BureauException.class).hasMessage(I18n.tr("bureau.notBureau"));
        }
        assertThat(out).isEmptyDirectory();
    }

    private static Row rowWith(Sheet sheet, int column, String value) {
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (value.equals(text(sheet.getRow(r).getCell(column)))) {
                return sheet.getRow(r);
            }
        }
        throw new AssertionError("No row with " + value + " in " + sheet.getSheetName());
    }

    private static String text(Cell cell) {
        return new DataFormatter().formatCellValue(cell);
    }

    private static byte[] rgb(java.awt.Color color) {
        return new byte[] {(byte) color.getRed(), (byte) color.getGreen(), (byte) color.getBlue()};
    }
}
