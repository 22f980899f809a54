package org.ecopark.ledger.logic.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lean workbook writes the sheets SXSSF's own writer writes, byte for byte, whatever their text holds. */
class LeanStreamingWorkbookTest {

    private static final String[] TEXTS = {"统一社会信用代码", "plain text", "a < b & c > d", "\"quoted\"", "two\nlines\r",
        "tab\there", "no\u00A0break", "control\u0001char", "emoji 😀 pair", "lone \uD800 high", "lone \uDC00 low",
        " spaced ", "", "=SUM(A1)", "end\uFFFE\uFFFF"};

    @TempDir
    Path folder;

    @Test
    void itsSheetsAreSxssfsOwnToTheByte() throws IOException {
        Map<String, byte[]> lean;
        Map<String, byte[]> plain;
        try (SXSSFWorkbook workbook = new LeanStreamingWorkbook(3)) {
            lean = sheets(fill(workbook));
        }
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(3)) {
            workbook.setCompressTempFiles(false);
            plain = sheets(fill(workbook));
        }

        assertThat(lean.keySet()).contains("xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml");
        assertThat(lean.keySet()).isEqualTo(plain.keySet());
        lean.forEach((name, bytes) -> assertThat(bytes).as(name).isEqualTo(plain.get(name)));
    }

    @Test
    void whatItWritesReadsBackAsWritten() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook workbook = new LeanStreamingWorkbook(3)) {
            fill(workbook).write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            Sheet sheet = read.getSheet("统计数据");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(TEXTS[0]);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("a < b & c > d");
            assertThat(sheet.getRow(8).getCell(0).getStringCellValue()).isEqualTo("emoji 😀 pair");
            assertThat(sheet.getRow(11).getCell(0).getStringCellValue()).isEqualTo(" spaced ");
            assertThat(sheet.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(5.25);
        }
    }

    @Test
    void withCompressedTemporaryFilesItIsSxssfsOwnWriter() throws IOException {
        try (LeanStreamingWorkbook workbook = new LeanStreamingWorkbook(3)) {
            assertThat(workbook.isCompressTempFiles()).isFalse();
            try (SheetDataWriter lean = workbook.createSheetDataWriter()) {
                assertThat(lean).isInstanceOf(LeanStreamingWorkbook.LeanSheetDataWriter.class);
            }
            workbook.setCompressTempFiles(true);
            try (SheetDataWriter gzip = workbook.createSheetDataWriter()) {
                assertThat(gzip).isNotInstanceOf(LeanStreamingWorkbook.LeanSheetDataWriter.class);
            }
        }
    }

    /** Every text in a sheet of text cells and one of numbers and dates, with styles, past the window of rows. */
    private static SXSSFWorkbook fill(SXSSFWorkbook workbook) {
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        Sheet texts = workbook.createSheet("统计数据");
        for (int r = 0; r < TEXTS.length; r++) {
            Row row = texts.createRow(r);
            row.createCell(0).setCellValue(TEXTS[r]);
            row.createCell(1).setCellValue(r * 1.05);
            row.createCell(2).setCellValue(LocalDate.of(2025, 1 + r % 12, 1));
            row.getCell(2).setCellStyle(date);
        }
        Sheet other = workbook.createSheet("专利");
        other.createRow(0).createCell(3).setCellValue("ZL2024 1 0000001.2");
        return workbook;
    }

    /** The workbook's sheets by part name, as the file it writes holds them. */
    private Map<String, byte[]> sheets(SXSSFWorkbook workbook) throws IOException {
        Path file = Files.createTempFile(folder, "workbook", ".xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        parts.put(entry.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return parts;
    }
}
