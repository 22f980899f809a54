package org.ecopark.ledger.logic.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.DataTable.Column;

/**
 * The workbook of a package in its fixed layout: a cover sheet (park, period, as-of date, the signature
 * block), then one sheet per {@link DataTable} with a frozen header row (two for a table past Excel's row limit).
 * Streamed (SXSSF) a row at a time, so a park with hundreds of thousands of statistics rows does not hold them all
 * as cells. Every text cell goes through
 * {@link SafeCells}: nothing the workbook holds can run as a formula.
 */
final class PackageWorkbook implements java.io.Closeable {

    /** The workbook layout's version; the submission history and the manifest record it. */
    static final String TEMPLATE_VERSION = "1";

    private static final int WINDOW = 200;
    private static final int MAX_WIDTH_CHARS = 48;
    private static final int SAMPLE_ROWS = 300;
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final SXSSFWorkbook workbook = new LeanStreamingWorkbook(WINDOW);
    /** The rows a sheet holds, its header included. */
    private final int maxRows;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle label;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle number;
    private final CellStyle date;
    private final CellStyle hint;
    private final Map<String, Integer> rowCounts = new LinkedHashMap<>();

    PackageWorkbook() {
        this(SpreadsheetVersion.EXCEL2007.getMaxRows());
    }

    /** @param maxRows the rows one sheet holds, its header included: Excel's limit, smaller in a test */
    PackageWorkbook(int maxRows) {
        this.maxRows = maxRows;
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 16);
        title = workbook.createCellStyle();
        title.setFont(big);
        title.setAlignment(HorizontalAlignment.CENTER);
        header = bordered();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setWrapText(true);
        label = bordered();
        label.setFont(bold);
        text = bordered();
        quoted = bordered();
        quoted.setQuotePrefixed(true);
        number = bordered();
        number.setAlignment(HorizontalAlignment.RIGHT);
        date = bordered();
        date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        date.setAlignment(HorizontalAlignment.CENTER);
        hint = workbook.createCellStyle();
        hint.setWrapText(true);
        hint.setVerticalAlignment(VerticalAlignment.TOP);
    }

    /** Writes the workbook to {@code out} (left open), after the cover and every table's sheets. */
    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    /** The data rows of each sheet by sheet name, the cover's lines included; a table past the row limit has two. */
    Map<String, Integer> rowCounts() {
        return rowCounts;
    }

    @Override
    public void close() throws IOException {
        workbook.close(); // SXSSF's close deletes its temporary files too
    }

    void cover(PackageData data) {
        Sheet sheet = workbook.createSheet(I18n.tr("submission.sheet.cover"));
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 52 * 256);
        printable(sheet, false);
        Row top = sheet.createRow(0);
        top.setHeightInPoints(30);
        SafeCells.write(top.createCell(0), I18n.tr("submission.report.title"), title, title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
        ReportPeriod period = data.period();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {I18n.tr("submission.cover.park"), data.park().name()});
        lines.add(new String[] {I18n.tr("submission.cover.parkCode"), data.park().code()});
        lines.add(new String[] {I18n.tr("submission.cover.city"), data.park().city()});
        lines.add(new String[] {I18n.tr("submission.cover.period"), period.describe() + "（" + period.code() + "）"});
        lines.add(new String[] {I18n.tr("submission.cover.range"),
                I18n.tr("submission.cover.rangeValue", period.start().toString(), period.end().toString())});
        lines.add(new String[] {I18n.tr("submission.cover.asOf"), data.asOf().toString()});
        lines.add(new String[] {I18n.tr("submission.cover.created"), localTime(data.created())});
        lines.add(new String[] {I18n.tr("submission.cover.program"), I18n.tr("submission.cover.programValue", data.programVersion())});
        int r = 2;
        for (String[] line : lines) {
            labelled(sheet.createRow(r++), line[0], line[1]);
        }
        r++;
        SignatureBlock s = data.signature();
        for (String[] line : List.of(new String[] {I18n.tr("submission.signature.unitHead"), s.unitHead()},
                new String[] {I18n.tr("submission.signature.statisticsHead"), s.statisticsHead()},
                new String[] {I18n.tr("submission.signature.preparer"), s.preparer()},
                new String[] {I18n.tr("submission.signature.phone"), s.phone()},
                new String[] {I18n.tr("submission.signature.reportDate"), s.reportDateText()})) {
            Row row = sheet.createRow(r++);
            row.setHeightInPoints(22);
            labelled(row, line[0], line[1]);
        }
        r++;
        Row note = sheet.createRow(r);
        note.setHeightInPoints(48);
        SafeCells.write(note.createCell(0), I18n.tr("submission.cover.note"), hint, hint);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
        rowCounts.put(sheet.getSheetName(), lines.size() + 5);
    }

    private void labelled(Row row, String name, String value) {
        SafeCells.write(row.createCell(0), name, label, label);
        SafeCells.write(row.createCell(1), value == null ? "" : value, text, quoted);
    }

    /** Starts the sheet of {@code table}; its rows follow through the returned writer. */
    TableSheet sheet(DataTable table) {
        return new TableSheet(table);
    }

    /**
     * The sheet of one table, written a row at a time. A table with more rows than a sheet holds (Excel's
     * 1,048,576 with the header) goes on in a second sheet of the same name with " (2)", with its own header.
     */
    final class TableSheet {
        private final DataTable table;
        private final List<Column> columns;
        private SXSSFSheet sheet;
        private int[] widths;
        private int r;
        private int part = 1;

        private TableSheet(DataTable table) {
            this.table = table;
            this.columns = table.columns();
            start(table.sheet());
        }

        private void start(String name) {
            sheet = workbook.createSheet(name);
            Row head = sheet.createRow(0);
            head.setHeightInPoints(30);
            for (int c = 0; c < columns.size(); c++) {
                SafeCells.write(head.createCell(c), columns.get(c).headerWithUnit(), header, header);
            }
            sheet.createFreezePane(0, 1);
            printable(sheet, true);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            widths = new int[columns.size()];
            for (int c = 0; c < columns.size(); c++) {
                widths[c] = displayWidth(columns.get(c).headerWithUnit()) / 2 + 2;
            }
            r = 1;
        }

        void row(List<Object> values) {
            if (r == maxRows) {
                end();
                part++;
                start(table.sheet() + " (" + part + ")");
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < columns.size(); c++) {
                String shown = cell(row.createCell(c), columns.get(c), values.get(c));
                if (r <= SAMPLE_ROWS && shown != null) {
                    widths[c] = Math.max(widths[c], displayWidth(shown) + 2);
                }
            }
            r++;
        }

        /** Ends the table's last sheet. */
        void end() {
            if (!columns.isEmpty()) {
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, r - 1), 0, columns.size() - 1));
            }
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, Math.max(8, widths[c])) * 256);
            }
            rowCounts.put(sheet.getSheetName(), r - 1);
        }
    }

    /** Writes one value in the cell type its column asks for; returns the text it shows, for the width. */
    private String cell(Cell cell, Column column, Object value) {
        if (value == null) {
            cell.setCellStyle(text);
            return null;
        }
        switch (column.type()) {
            case DECIMAL, INTEGER -> {
                cell.setCellValue(value instanceof BigDecimal d ? d.doubleValue() : ((Number) value).doubleValue());
                cell.setCellStyle(number);
                return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
            }
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(date);
                return "2025-12-31";
            }
            case BOOLEAN -> {
                String shown = I18n.tr(Boolean.TRUE.equals(value) ? "submission.value.yes" : "submission.value.no");
                SafeCells.write(cell, shown, text, quoted);
                return shown;
            }
            case INSTANT -> {
                String shown = localTime((Instant) value);
                SafeCells.write(cell, shown, text, quoted);
                return shown;
            }
            default -> {
                String shown = column.text(value);
                SafeCells.write(cell, shown, text, quoted);
                return shown;
            }
        }
    }

    /** A4, as wide as the page: a bureau prints the sheets. */
    private static void printable(Sheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        return style;
    }

    static String localTime(Instant instant) {
        return LOCAL_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** Width in Latin character widths: a Chinese character takes two. */
    private static int displayWidth(String value) {
        int width = 0;
        for (int i = 0; i < value.length(); i++) {
            width += value.charAt(i) > 0x2E80 ? 2 : 1;
        }
        return width;
    }
}
