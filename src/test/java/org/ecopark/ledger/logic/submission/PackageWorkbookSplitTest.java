package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.logic.submission.DataTable.Column;
import org.ecopark.ledger.logic.submission.DataTable.Type;
import org.junit.jupiter.api.Test;

/**
 * A table with more rows than a sheet holds goes on in a second sheet with its own header, with a limit of 5 rows
 * (the header and 4 data rows) standing in for Excel's 1,048,576.
 */
class PackageWorkbookSplitTest {

    private static final List<Column> COLUMNS = List.of(Column.of("uscc", "统一社会信用代码", Type.CODE),
            Column.of("value", "数值", Type.DECIMAL), Column.of("periodStart", "起始日", Type.DATE));

    @Test
    void rowsPastTheLimitGoOnInASecondSheetWithItsOwnHeader() throws IOException {
        Map<String, Integer> counts;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PackageWorkbook workbook = new PackageWorkbook(5)) {
            write(workbook, table("statistics", "统计数据", 7));
            write(workbook, table("patents", "专利", 2));
            workbook.write(bytes);
            counts = workbook.rowCounts();
        }

        assertThat(counts).containsExactly(Map.entry("统计数据", 4), Map.entry("统计数据 (2)", 3), Map.entry("专利", 2));
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(3);
            XSSFSheet first = read.getSheet("统计数据");
            XSSFSheet second = read.getSheet("统计数据 (2)");
            assertThat(read.getSheetIndex(second)).isEqualTo(read.getSheetIndex(first) + 1);
            assertThat(first.getLastRowNum()).isEqualTo(4);
            assertThat(second.getLastRowNum()).isEqualTo(3);
            for (Sheet sheet : List.of(first, second)) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("统一社会信用代码");
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            }
            // every row once, in order, across the two sheets
            List<String> codes = new ArrayList<>();
            for (Sheet sheet : List.of(first, second)) {
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    codes.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertThat(codes).containsExactly("E1", "E2", "E3", "E4", "E5", "E6", "E7");
            assertThat(second.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(7.5);
            assertThat(second.getRow(3).getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2025, 7, 1));
            assertThat(second.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:C4");
            assertThat(read.getSheet("专利").getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void aTableThatFillsTheSheetExactlyStaysInOneSheet() throws IOException {
        try (PackageWorkbook workbook = new PackageWorkbook(5)) {
            write(workbook, table("statistics", "统计数据", 4));
            workbook.write(new ByteArrayOutputStream());
            assertThat(workbook.rowCounts()).containsExactly(Map.entry("统计数据", 4));
        }
    }

    private static void write(PackageWorkbook workbook, DataTable table) {
        PackageWorkbook.TableSheet sheet = workbook.sheet(table);
        table.rows().forEach(sheet::row);
        sheet.end();
    }

    private static DataTable table(String code, String sheet, int rows) {
        List<List<Object>> values = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            values.add(Arrays.asList("E" + i, new BigDecimal(i + ".5"), LocalDate.of(2025, i, 1)));
        }
        return new DataTable(code, sheet, COLUMNS, DataTable.Rows.of(code, COLUMNS, values));
    }
}
