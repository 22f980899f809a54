package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Names that look like formulas reach the bureau's Excel as text, never as something it could run. */
@ParameterizedClass
@EnumSource(Backend.class)
class FormulaInjectionTest {

    @Parameter
    private Backend backend;

    @TempDir
    static Path root;
    /** A folder of {@link #root} for each database's invocation. */
    private static Path folder;

    private static SubmissionFixture fixture;
    private static Path zip;

    @BeforeParameterizedClassInvocation
    static void exportTheHostileLedger(Backend backend) throws IOException {
        I18n.setLocale(I18n.CHINESE);
        fixture = SubmissionFixture.on(backend, "injection");
        folder = Files.createDirectories(root.resolve(backend.name()));
        zip = folder.resolve("hostile.zip");
        fixture.service.export(fixture.request(ReportPeriod.year(2025), zip), ExportProgress.NONE, () -> false);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        if (fixture != null) {
            fixture.close();
            fixture = null; // none made when the next database's invocation is skipped
        }
    }

    @Test
    void aDdePayloadAsEnterpriseNameIsAStringCellMarkedAsText() throws IOException {
        try (XSSFWorkbook workbook = PackageFiles.workbook(zip)) {
            Cell cell = find(workbook.getSheet("企业"), SubmissionFixture.HOSTILE_NAME);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void everyValueStartingWithAFormulaCharacterIsQuotedWhereverItStands() throws IOException {
        List<Cell> risky = new ArrayList<>();
        try (XSSFWorkbook workbook = PackageFiles.workbook(zip)) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING
                                && SafeCells.looksLikeFormula(cell.getStringCellValue())) {
                            risky.add(cell);
                        }
                    }
                }
            }
        }
        // the name (twice: enterprises, statistics...), the short name, the contact, the patent and standard titles, the event
        assertThat(risky).extracting(Cell::getStringCellValue)
                .contains(SubmissionFixture.HOSTILE_NAME, "-1+1", "@SUM(A1:A9)", "+86 632 0000000",
                        "=HYPERLINK(\"http://x\")", "+SUM(A1) 水处理剂 聚合硫酸铁", "@环保产业博览会");
        assertThat(risky).allSatisfy(cell -> assertThat(cell.getCellStyle().getQuotePrefixed())
                .as(cell.getAddress().toString()).isTrue());
    }

    @Test
    void ordinaryTextIsNotMarked() throws IOException {
        try (XSSFWorkbook workbook = PackageFiles.workbook(zip)) {
            Cell cell = find(workbook.getSheet("企业"), "枣庄清源水处理材料有限公司");
            assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"=1+1;true", "+1;true", "-1;true", "@A1;true", "＝1;true", "a=1;false",
            "水处理;false", "1-2;false"})
    void formulaCharactersAreRecognisedAtTheStartOnly(String value, boolean formula) {
        assertThat(SafeCells.looksLikeFormula(value)).isEqualTo(formula);
    }

    @Test
    void controlCharactersThatXmlCannotCarryAreReplacedAndTabsKept() {
        assertThat(SafeCells.text("a\u0000b\u0007c\td")).isEqualTo("a\uFFFDb\uFFFDc\td");
        assertThat(SafeCells.looksLikeFormula("\tcmd")).isTrue();
        assertThat(SafeCells.looksLikeFormula("\rcmd")).isTrue();
    }

    private static Cell find(Sheet sheet, String text) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(text)) {
                    return cell;
                }
            }
        }
        throw new AssertionError(text + " not in " + sheet.getSheetName());
    }
}
