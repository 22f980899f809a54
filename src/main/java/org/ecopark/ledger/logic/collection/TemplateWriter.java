package org.ecopark.ledger.logic.collection;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;

/**
 * Writes a collection workbook with POI's streaming writer (SXSSF): only a window of rows is held in
 * memory, so a workbook for a park with thousands of enterprises is written in constant memory.
 *
 * <p>Every sheet is protected: only the yellow input cells are unlocked, and they carry data validation
 * (numbers only, not below zero; dates; drop-down lists), so Excel and LibreOffice stop most mistakes as
 * they are typed. The import checks everything again anyway: a protected sheet can be unprotected, and
 * a program may have filled the cells. The workbook structure is locked too, so that sheets cannot be
 * renamed, removed or unhidden.
 */
public final class TemplateWriter {

    /** Sheet protection needs a password to be switched off; it guards against slips, not against intent. */
    static final String PROTECTION = "ecopark";
    /** How many rows of the optional sheets carry validation and input styling. */
    static final int OPTIONAL_ROWS = 500;
    private static final int WINDOW = 200;

    private TemplateWriter() {
    }

    public static void write(TemplateContent content, TemplateSeal seal, OutputStream out) throws IOException {
        write(content, seal, out, line -> null);
    }

    /**
     * A workbook as an enterprise returns it, with {@code values} typed into the value column (null leaves
     * a cell blank): what the benchmark imports, and what tests of the import can start from.
     *
     * @param seal the seal of the ledger the workbook will be returned to
     */
    public static void write(TemplateContent content, TemplateSeal seal, OutputStream out,
                             Function<TemplateContent.Line, BigDecimal> values)
            throws IOException {
        // shared strings, as Excel itself writes them: some readers handle inline strings poorly
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), WINDOW, true, true)) {
            workbook.setCompressTempFiles(true);
            TemplateStyles styles = new TemplateStyles(workbook);
            Map<String, String> meta = new LinkedHashMap<>();
            TemplateMeta codes = content.meta();
            meta.put(TemplateLayout.KEY_VERSION, codes.version());
            meta.put(TemplateLayout.KEY_PARK, codes.parkCode());
            meta.put(TemplateLayout.KEY_ENTERPRISE, codes.uscc());
            meta.put(TemplateLayout.KEY_PERIOD, codes.periodCode());
            meta.put(TemplateLayout.KEY_VALUES_SHEET, valuesSheet(workbook, styles, content, values));
            if (content.optionalSheets()) {
                OptionalSheets optional = new OptionalSheets(workbook, styles, content.enterprise() == null);
                meta.put(TemplateLayout.KEY_PATENTS_SHEET, optional.patents());
                meta.put(TemplateLayout.KEY_STAFF_SHEET, optional.staff());
                meta.put(TemplateLayout.KEY_STANDARDS_SHEET, optional.standards());
            }
            meta.put(TemplateLayout.KEY_GENERATED_AT, Instant.now().toString());
            meta.put(TemplateLayout.KEY_SEAL, seal.sign(meta));
            metaSheet(workbook, meta);
            workbook.setActiveSheet(0);
            workbook.setSelectedTab(0);
            workbook.getXSSFWorkbook().lockStructure();
            workbook.write(out);
            workbook.dispose();
        }
    }

    private static String valuesSheet(SXSSFWorkbook workbook, TemplateStyles styles, TemplateContent content,
                                      Function<TemplateContent.Line, BigDecimal> values) {
        String name = I18n.tr("collection.sheet.values");
        SXSSFSheet sheet = workbook.createSheet(name);
        int[] widths = {20, 30, 16, 22, 8, 44, 14, 16};
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        boolean all = content.enterprise() == null;
        sheet.setColumnHidden(TemplateLayout.COL_USCC, true);
        sheet.setColumnHidden(TemplateLayout.COL_METRIC_CODE, true);
        sheet.setColumnHidden(TemplateLayout.COL_ENTERPRISE, !all);

        String period = PeriodCodes.describe(content.period()) + "（" + content.period().code() + "）";
        text(sheet.createRow(TemplateLayout.ROW_TITLE), 0, I18n.tr("collection.template.title", period), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(TemplateLayout.ROW_TITLE, TemplateLayout.ROW_TITLE, 0, 7));
        labelled(sheet, TemplateLayout.ROW_PARK, "collection.template.park",
                content.park().name() + "（" + content.park().code() + "）", styles);
        labelled(sheet, TemplateLayout.ROW_ENTERPRISE, "collection.template.enterprise",
                all ? I18n.tr("collection.template.allEnterprises") : content.enterprise().name(), styles);
        labelled(sheet, TemplateLayout.ROW_USCC, "collection.template.uscc",
                all ? "—" : content.enterprise().uscc(), styles);
        labelled(sheet, TemplateLayout.ROW_PERIOD, "collection.template.period", period, styles);
        Row hint = sheet.createRow(TemplateLayout.ROW_HINT);
        hint.setHeightInPoints(32);
        text(hint, 0, I18n.tr("collection.template.hint"), styles.hint);
        sheet.addMergedRegion(new CellRangeAddress(TemplateLayout.ROW_HINT, TemplateLayout.ROW_HINT, 0, 7));

        Row header = sheet.createRow(TemplateLayout.HEADER_ROW);
        for (int column = 0; column < TemplateLayout.VALUE_HEADERS.size(); column++) {
            text(header, column, I18n.tr(TemplateLayout.VALUE_HEADERS.get(column)), styles.header);
        }
        int rowIndex = TemplateLayout.FIRST_DATA_ROW;
        for (TemplateContent.Line line : content.lines()) {
            Row row = sheet.createRow(rowIndex++);
            text(row, TemplateLayout.COL_USCC, line.uscc(), styles.locked);
            text(row, TemplateLayout.COL_ENTERPRISE, line.enterpriseName(), styles.locked);
            text(row, TemplateLayout.COL_METRIC_CODE, line.metric().code(), styles.locked);
            text(row, TemplateLayout.COL_METRIC, line.label(), styles.locked);
            text(row, TemplateLayout.COL_UNIT, line.metric().unit(), styles.locked);
            text(row, TemplateLayout.COL_NOTE, line.note(), styles.locked);
            Cell last = row.createCell(TemplateLayout.COL_LAST_YEAR);
            last.setCellStyle(styles.lockedNumber);
            if (line.lastYear() != null) {
                last.setCellValue(line.lastYear().doubleValue());
            }
            Cell value = row.createCell(TemplateLayout.COL_VALUE);
            value.setCellStyle(styles.inputNumber);
            BigDecimal typed = values.apply(line);
            if (typed != null) {
                value.setCellValue(typed.doubleValue());
            }
        }
        if (!content.lines().isEmpty()) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            validate(sheet, helper.createDecimalConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                    TemplateLayout.FIRST_DATA_ROW, rowIndex - 1, TemplateLayout.COL_VALUE,
                    "collection.template.valuePrompt", "collection.template.valueError");
        }
        sheet.createFreezePane(0, TemplateLayout.FIRST_DATA_ROW);
        protect(workbook, sheet);
        return name;
    }

    private static void labelled(Sheet sheet, int rowIndex, String labelKey, String value, TemplateStyles styles) {
        Row row = sheet.createRow(rowIndex);
        text(row, 0, I18n.tr(labelKey), styles.label);
        text(row, 1, value, styles.text);
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    /** A validation over one column's rows, with the prompt shown on entering a cell and the error on a wrong value. */
    static void validate(Sheet sheet, DataValidationConstraint constraint, int firstRow, int lastRow, int column,
                         String promptKey, String errorKey) {
        DataValidation validation = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setEmptyCellAllowed(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox(I18n.tr("collection.template.errorTitle"), I18n.tr(errorKey));
        validation.setShowPromptBox(true);
        validation.createPromptBox(I18n.tr("collection.template.promptTitle"), I18n.tr(promptKey));
        sheet.addValidationData(validation);
    }

    /** Protects the sheet but lets the user widen columns and rows, which protection forbids by default. */
    static void protect(SXSSFWorkbook workbook, SXSSFSheet sheet) {
        sheet.protectSheet(PROTECTION);
        XSSFSheet template = workbook.getXSSFWorkbook().getSheet(sheet.getSheetName());
        template.lockFormatColumns(false);
        template.lockFormatRows(false);
    }

    private static void metaSheet(SXSSFWorkbook workbook, Map<String, String> meta) {
        SXSSFSheet sheet = workbook.createSheet(TemplateLayout.META_SHEET);
        int rowIndex = 0;
        for (Map.Entry<String, String> entry : meta.entrySet()) {
            Row row = sheet.createRow(rowIndex++);
            row.createCell(0).setCellValue(entry.getKey());
            row.createCell(1).setCellValue(entry.getValue());
        }
        sheet.protectSheet(PROTECTION);
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }

    /** The labels of a drop-down list, as POI wants them. */
    static String[] items(List<String> labels) {
        return labels.toArray(String[]::new);
    }
}
