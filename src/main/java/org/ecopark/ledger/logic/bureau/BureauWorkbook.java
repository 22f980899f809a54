package org.ecopark.ledger.logic.bureau;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.PdfStyles;
import org.ecopark.ledger.logic.submission.SafeCells;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.TargetStatus;

/**
 * The consolidated workbook of a period: the parks' states, the matrix of every park × target (the status in the
 * dashboard's colours), the figures across parks, and the province's and clusters' targets. Every text goes in
 * through {@link SafeCells}: a park's name or a return's reason never becomes a formula.
 */
final class BureauWorkbook implements AutoCloseable {

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle number;
    private final Map<TargetStatus, CellStyle> statuses = new EnumMap<>(TargetStatus.class);

    BureauWorkbook() {
        XSSFFont bold = workbook.createFont();
        bold.setBold(true);
        header = bordered();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        text = bordered();
        quoted = bordered();
        quoted.setQuotePrefixed(true);
        number = bordered();
        number.setAlignment(HorizontalAlignment.RIGHT);
        number.setDataFormat(workbook.createDataFormat().getFormat("#,##0.####"));
        for (TargetStatus status : TargetStatus.values()) {
            // the PDF's colours, which are the dashboard's: one look for a status wherever it is printed
            XSSFCellStyle style = bordered();
            XSSFFont font = workbook.createFont();
            font.setBold(true);
            font.setColor(new XSSFColor(PdfStyles.statusInk(status), null));
            style.setFont(font);
            style.setFillForegroundColor(new XSSFColor(PdfStyles.statusFill(status), null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            style.setAlignment(HorizontalAlignment.CENTER);
            statuses.put(status, style);
        }
    }

    void write(BureauReportData data, OutputStream out) throws IOException {
        states(data);
        matrix(data);
        figures(data);
        province(data);
        workbook.write(out);
    }

    private void states(BureauReportData data) {
        Sheet sheet = sheet("consolidation.sheet.states", List.of("parkCode", "park", "state", "file"),
                new int[] {10, 36, 36, 40});
        int r = 1;
        for (SubmissionStatus.Row row : data.matrix().parks()) {
            Row line = sheet.createRow(r++);
            text(line, 0, row.park().code());
            text(line, 1, row.park().nameIn(I18n.locale()));
            text(line, 2, row.stateText());
            text(line, 3, row.current() == null ? null : row.current().fileName());
        }
    }

    private void matrix(BureauReportData data) {
        Sheet sheet = sheet("consolidation.sheet.matrix", List.of("parkCode", "park", "state", "targetCode", "target",
                "indicator", "unit", "targetValue", "actual", "share", "status"),
                new int[] {10, 16, 16, 11, 30, 30, 8, 12, 12, 10, 10});
        int r = 1;
        for (Consolidation.Cell cell : data.matrix().cells()) {
            Row line = sheet.createRow(r++);
            text(line, 0, cell.park().code());
            text(line, 1, cell.park().shortNameIn(I18n.locale()));
            text(line, 2, cell.state().label());
            text(line, 3, cell.targetCode());
            text(line, 4, cell.title());
            text(line, 5, cell.indicatorCode());
            text(line, 6, cell.unit());
            number(line, 7, cell.targetValue());
            number(line, 8, cell.actual());
            SafeCells.write(line.createCell(9), cell.actual() == null ? null
                    : PdfStyles.share(cell.actual(), cell.targetValue()), number, quoted);
            Cell status = line.createCell(10);
            if (cell.status() != null) {
                status.setCellValue(I18n.tr("indicators.status." + cell.status().name()));
                status.setCellStyle(statuses.get(cell.status()));
            } else {
                status.setCellStyle(text);
            }
        }
        sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, Math.max(r - 1, 0), 0, 10));
    }

    private void figures(BureauReportData data) {
        Sheet sheet = sheet("consolidation.sheet.figures", List.of("indicator", "indicatorCode", "unit", "method",
                "cityValue", "numerator", "denominator", "targetSum", "counted", "parksWith", "contributing",
                "missing"), new int[] {26, 30, 8, 16, 20, 14, 14, 12, 9, 9, 30, 40});
        int r = 1;
        for (CrossParkFigures.Figure figure : data.figures()) {
            Row line = sheet.createRow(r++);
            text(line, 0, figure.name());
            text(line, 1, figure.key());
            text(line, 2, figure.unit());
            text(line, 3, I18n.tr("consolidation.cross.method." + figure.method().name()));
            if (figure.value() != null && figure.note() == null && figure.method() != CrossParkFigures.Method.MILESTONES) {
                number(line, 4, figure.value());
            } else {
                text(line, 4, BureauReportData.valueText(figure));
            }
            number(line, 5, figure.numerator());
            number(line, 6, figure.denominator());
            number(line, 7, figure.targetSum());
            number(line, 8, BigDecimal.valueOf(figure.counted()));
            number(line, 9, BigDecimal.valueOf(figure.parks()));
            text(line, 10, parks(figure.contributing()));
            text(line, 11, BureauReportData.missing(figure.missing()));
        }
    }

    private void province(BureauReportData data) {
        Sheet sheet = sheet("consolidation.sheet.province", List.of("targetCode", "scope", "target", "requirement",
                "source", "contribution", "numerator", "denominator", "contributing", "missing", "basis"),
                new int[] {10, 8, 28, 14, 18, 14, 14, 14, 30, 40, 60});
        int r = 1;
        for (ProvinceContributions.Row row : data.province()) {
            Row line = sheet.createRow(r++);
            text(line, 0, row.target().code());
            text(line, 1, I18n.tr("targets.scope." + row.target().scope().name()));
            text(line, 2, row.target().title());
            text(line, 3, row.target().requirement());
            text(line, 4, I18n.tr("consolidation.province.source." + row.source().name()));
            if (row.contribution() != null) {
                number(line, 5, row.contribution());
            } else {
                text(line, 5, BureauReportData.contributionText(row));
            }
            number(line, 6, row.numerator());
            number(line, 7, row.denominator());
            text(line, 8, parks(row.contributing()));
            text(line, 9, BureauReportData.missing(row.missing()));
            text(line, 10, BureauReportData.basisText(row));
        }
    }

    private static String parks(List<Park> parks) {
        return parks.isEmpty() ? "—" : parks.stream().map(Park::code)
                .collect(Collectors.joining(I18n.tr("consolidation.report.separator")));
    }

    private Sheet sheet(String nameKey, List<String> columns, int[] widths) {
        Sheet sheet = workbook.createSheet(I18n.tr(nameKey));
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(I18n.tr("consolidation.column." + columns.get(c)));
            cell.setCellStyle(header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void text(Row row, int column, String value) {
        SafeCells.write(row.createCell(column), value, text, quoted);
    }

    private void number(Row row, int column, BigDecimal value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(number);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
