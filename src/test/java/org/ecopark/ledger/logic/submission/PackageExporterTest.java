package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The package of the demo park's year 2025, made once and read back with POI, PDFBox and Jackson. */
@ParameterizedClass
@EnumSource(Backend.class)
class PackageExporterTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @Parameter
    private Backend backend;

    @TempDir
    static Path root;
    /** A folder of {@link #root} for each database's invocation. */
    private static Path folder;

    private static Database database;
    private static Services services;
    private static Path zip;
    private static Park park;
    private static List<Evaluation> evaluations;
    private static SubmissionService.Exported exported;

    @BeforeParameterizedClassInvocation
    static void exportTheDemoYear(Backend backend) throws IOException {
        I18n.setLocale(I18n.CHINESE);
        database = backend.open("package-demo");
        services = new Services(database);
        services.demo().load(false);
        park = services.parks().selectedPark().orElseThrow();
        evaluations = services.evaluation().evaluatePark(park.code(), AS_OF);
        folder = Files.createDirectories(root.resolve(backend.name()));
        zip = folder.resolve("ZZSZ_2025.zip");
        exported = services.submissions().export(new ExportRequest(park.code(), ReportPeriod.year(2025), AS_OF,
                new SignatureBlock("王主任", "李统计", "张填表", "0632-1234567", java.time.LocalDate.of(2026, 1, 10)), true,
                "枣庄市生态环境局", null, zip), ExportProgress.NONE, () -> false);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (services != null) {
            services.close();
            Backend.giveBack(database);
            services = null; // none made when the next database's invocation is skipped
        }
    }

    @Test
    void theZipHoldsExactlyTheWorkbookTheReportTheDataAndTheManifest() throws IOException {
        assertThat(PackageFiles.entries(zip).keySet())
                .containsExactly("workbook.xlsx", "report.pdf", "data.json", "manifest.json", "signature.json");
        assertThat(exported.result().sha256()).isEqualTo(PackageFiles.sha256(Files.readAllBytes(zip)));
        assertThat(exported.submission().sha256()).isEqualTo(exported.result().sha256());
    }

    @Test
    void theManifestGivesTheHashAndSizeOfEveryOtherFile() throws IOException {
        Map<String, byte[]> entries = PackageFiles.entries(zip);
        JsonNode manifest = PackageFiles.json(zip, "manifest.json");
        assertThat(manifest.get("formatVersion").asText()).isEqualTo("2");
        assertThat(manifest.get("signer").get("fingerprint").asText())
                .isEqualTo(services.signingKeys().key().fingerprint().text());
        assertThat(manifest.get("park").get("code").asText()).isEqualTo("ZZSZ");
        assertThat(manifest.get("period").get("code").asText()).isEqualTo("2025");
        assertThat(manifest.get("programVersion").asText()).isNotBlank();
        assertThat(manifest.get("created").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        List<String> listed = new ArrayList<>();
        for (JsonNode file : manifest.get("files")) {
            String name = file.get("name").asText();
            listed.add(name);
            assertThat(file.get("sha256").asText()).as(name).isEqualTo(PackageFiles.sha256(entries.get(name)));
            assertThat(file.get("size").asLong()).as(name).isEqualTo(entries.get(name).length);
        }
        assertThat(listed).containsExactly("workbook.xlsx", "report.pdf", "data.json");
        assertThat(PackageVerifier.verify(zip).problems()).isEmpty();
    }

    @Test
    void theWorkbookHasTheFixedSheetsAndTheRightValues() throws IOException {
        try (XSSFWorkbook workbook = PackageFiles.workbook(zip)) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add(sheet.getSheetName()));
            assertThat(sheets).containsExactly("封面", "目标进展", "企业", "统计数据", "专利", "研发人员", "研发人员名单",
                    "标准", "项目", "创新平台", "活动", "里程碑", "警告说明");
            Sheet cover = workbook.getSheet("封面");
            assertThat(cover.getRow(0).getCell(0).getStringCellValue()).isEqualTo("生态环保产业特色园区“311”工程目标进展报告");
            assertThat(cover.getRow(2).getCell(1).getStringCellValue()).isEqualTo(park.name());
            assertThat(cellTexts(cover)).contains("单位负责人", "统计负责人", "填表人", "联系电话", "报出日期", "王主任",
                    "0632-1234567");

            Sheet targets = workbook.getSheet("目标进展");
            assertThat(targets.getLastRowNum()).isEqualTo(evaluations.size());
            Row header = targets.getRow(0);
            int actualColumn = columnOf(header, "实际值");
            for (int r = 1; r <= evaluations.size(); r++) {
                Evaluation e = evaluations.get(r - 1);
                assertThat(targets.getRow(r).getCell(0).getStringCellValue()).isEqualTo(e.target().code());
                if (e.actual() != null) {
                    assertThat(targets.getRow(r).getCell(actualColumn).getNumericCellValue())
                            .as(e.target().code()).isCloseTo(e.actual().doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
                }
            }
            int enterprises = exported.result().manifest().rowCounts().tables().get("enterprises");
            assertThat(workbook.getSheet("企业").getLastRowNum()).isEqualTo(enterprises).isBetween(38, 44);
            assertThat(workbook.getSheet("统计数据").getLastRowNum())
                    .isEqualTo(exported.result().manifest().rowCounts().tables().get("statistics")).isPositive();
        }
    }

    @Test
    void everyRowCountOfTheManifestMatchesTheWorkbookAndTheData() throws IOException {
        Manifest.RowCounts counts = exported.result().manifest().rowCounts();
        JsonNode data = PackageFiles.json(zip, "data.json");
        counts.tables().forEach((table, rows) -> assertThat(data.get("tables").get(table).size()).as(table).isEqualTo(rows));
        try (XSSFWorkbook workbook = PackageFiles.workbook(zip)) {
            counts.sheets().forEach((sheet, rows) -> {
                if (!sheet.equals("封面")) {
                    assertThat(workbook.getSheet(sheet).getLastRowNum()).as(sheet).isEqualTo(rows);
                }
            });
        }
    }

    @Test
    void theDataCarriesStableCodesIsoPeriodsAndExplicitUnits() throws IOException {
        JsonNode data = PackageFiles.json(zip, "data.json");
        assertThat(data.get("park").get("code").asText()).isEqualTo("ZZSZ");
        assertThat(data.get("period").get("start").asText()).isEqualTo("2025-01-01");
        JsonNode revenue = find(data.get("tables").get("targets"), "targetCode", "ZZSZ-T02");
        assertThat(revenue.get("indicatorCode").asText()).isEqualTo("MAIN_REVENUE_YEAR_SUM");
        assertThat(revenue.get("unit").asText()).isEqualTo("亿元");
        assertThat(revenue.get("status").asText()).isIn("ACHIEVED", "OVERDUE");
        JsonNode stat = data.get("tables").get("statistics").get(0);
        assertThat(stat.get("uscc").asText()).hasSize(18);
        assertThat(stat.get("period").asText()).matches("2025(-\\d{2}|Q[1-4])?");
        assertThat(stat.get("unit").asText()).isNotBlank();
        JsonNode valueColumn = find(data.get("columns").get("statistics"), "name", "value");
        assertThat(valueColumn.get("unitColumn").asText()).isEqualTo("unit");
        JsonNode investment = find(data.get("columns").get("projects"), "name", "plannedInvestment");
        assertThat(investment.get("unit").asText()).isEqualTo("万元");
        assertThat(data.get("tables").has("warningOverrides")).isTrue();
        // the same ledger gives the same bytes, whichever JVM writes them: no key order left to a hash map
        String text = new String(PackageFiles.entries(zip).get("data.json"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"formatVersion\":\"1\",\"generator\":{\"program\":\"EcoPark Ledger\",\"version\":");
    }

    @Test
    void aPackageMadeWhileTheWindowIsInEnglishIsStillTheChineseSubmission() throws IOException {
        Path english = folder.resolve("ZZSZ_2025_en.zip");
        List<String> steps = new ArrayList<>();
        I18n.setLocale(java.util.Locale.ENGLISH);
        try {
            services.submissions().export(new ExportRequest(park.code(), ReportPeriod.year(2025), AS_OF,
                    new SignatureBlock("王主任", "李统计", "张填表", "0632-1234567", LocalDate.of(2026, 1, 10)), true,
                    "枣庄市生态环境局", null, english), (fraction, step) -> steps.add(step), () -> false);
        } finally {
            I18n.setLocale(I18n.CHINESE);
        }

        assertThat(steps).as("the progress is told in the screen's language").contains("Writing the PDF report…")
                .noneMatch(step -> step.contains("报告"));
        try (PDDocument pdf = PackageFiles.pdf(english)) {
            String all = new PDFTextStripper().getText(pdf);
            assertThat(all).contains("目标进展报告", "单位负责人", "目标完成情况汇总", "主营业务收入", park.name())
                    .doesNotContain("Main business revenue", "Forecast", "Deadline");
        }
        try (XSSFWorkbook workbook = PackageFiles.workbook(english)) {
            assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("封面");
            assertThat(workbook.getSheet("目标进展")).isNotNull();
        }
    }

    @Test
    void thePdfHasTheCoverTheSummaryAndOnePagePerTargetWithChineseText() throws IOException {
        try (PDDocument pdf = PackageFiles.pdf(zip)) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2 + evaluations.size());
            assertThat(exported.result().reportPages()).isEqualTo(pdf.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf);
            assertThat(all).contains("目标进展报告", "单位负责人", "统计负责人", "填表人", "联系电话", "报出日期",
                    "授权专利", "主营业务收入", park.name());
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String summary = stripper.getText(pdf);
            assertThat(summary).contains("目标完成情况汇总");
            evaluations.forEach(e -> assertThat(summary).contains(e.target().code()));
            for (int i = 0; i < evaluations.size(); i++) {
                stripper.setStartPage(3 + i);
                stripper.setEndPage(3 + i);
                assertThat(stripper.getText(pdf)).as("page %d", 3 + i)
                        .contains(evaluations.get(i).target().title(), evaluations.get(i).target().code());
            }
        }
    }

    @Test
    void theSummaryTellsEveryStatusInChinese() throws IOException {
        try (PDDocument pdf = PackageFiles.pdf(zip)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String summary = stripper.getText(pdf);
            evaluations.forEach(e -> assertThat(summary).contains(I18n.tr("indicators.status." + e.status().name())));
        }
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.get(field).asText().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no " + field + "=" + value);
    }

    private static int columnOf(Row header, String title) {
        for (int c = 0; c < header.getLastCellNum(); c++) {
            if (header.getCell(c).getStringCellValue().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no column " + title);
    }

    private static List<String> cellTexts(Sheet sheet) {
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> texts.add(cell.toString()));
        }
        return texts;
    }
}
