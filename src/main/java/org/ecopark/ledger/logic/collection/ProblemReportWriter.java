package org.ecopark.ledger.logic.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.DurableFiles;

/**
 * Saves an import's report as a workbook a park can mail back to an enterprise: one sheet of problems
 * (file, sheet, cell, severity, reason) and one of the previewed changes. Written with the streaming
 * writer, as a report on a large list can be long.
 */
public final class ProblemReportWriter {

    private ProblemReportWriter() {
    }

    /** Writes the report as {@code target}, complete and on the disk when this returns. */
    public static void write(List<ImportProblem> problems, List<PlannedChange> changes, Path target) throws IOException {
        DurableFiles.write(target, out -> write(problems, changes, out));
    }

    public static void write(List<ImportProblem> problems, List<PlannedChange> changes, OutputStream out)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            SXSSFSheet sheet = sheet(workbook, "collection.report.sheet.problems", header, new int[] {36, 14, 10, 8, 80},
                    "collection.report.file", "collection.report.sheet", "collection.report.cell",
                    "collection.report.severity", "collection.report.reason");
            int rowIndex = 1;
            for (ImportProblem problem : problems) {
                cells(sheet.createRow(rowIndex++), problem.file(), problem.sheet(), problem.cell(),
                        I18n.tr("collection.severity." + problem.severity().name()), problem.reason());
            }
            SXSSFSheet preview = sheet(workbook, "collection.report.sheet.changes", header, new int[] {36, 30, 30, 10, 16, 16, 10},
                    "collection.report.file", "collection.report.enterprise", "collection.report.item",
                    "collection.report.period", "collection.report.old", "collection.report.new", "collection.report.kind");
            rowIndex = 1;
            for (PlannedChange change : changes) {
                cells(preview.createRow(rowIndex++), change.file(), change.enterprise(), change.item(), change.period(),
                        change.oldValue(), change.newValue(), I18n.tr("collection.change." + change.kind().name()));
            }
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static SXSSFSheet sheet(SXSSFWorkbook workbook, String nameKey, CellStyle header, int[] widths,
                                    String... headerKeys) {
        SXSSFSheet sheet = workbook.createSheet(I18n.tr(nameKey));
        Row row = sheet.createRow(0);
        for (int column = 0; column < headerKeys.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
            var cell = row.createCell(column);
            cell.setCellValue(I18n.tr(headerKeys[column]));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void cells(Row row, String... values) {
        for (int column = 0; column < values.length; column++) {
            row.createCell(column).setCellValue(values[column] == null ? "" : values[column]);
        }
    }
}
