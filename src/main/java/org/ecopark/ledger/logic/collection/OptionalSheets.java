package org.ecopark.ledger.logic.collection;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Education;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.model.StandardRole;

/**
 * The optional sheets of a collection workbook: new patents, R&D staff who joined or left, standards the
 * enterprise drafted. Each is a header row over empty input rows; the columns are unlocked by their
 * default style, so the enterprise can add as many rows as it needs. In a workbook for all enterprises
 * the first column names the enterprise by its credit code.
 */
final class OptionalSheets {

    private final SXSSFWorkbook workbook;
    private final TemplateStyles styles;
    private final boolean withUscc;

    OptionalSheets(SXSSFWorkbook workbook, TemplateStyles styles, boolean withUscc) {
        this.workbook = workbook;
        this.styles = styles;
        this.withUscc = withUscc;
    }

    /** The column of the first header of the sheet's own columns. */
    static int offset(boolean withUscc) {
        return withUscc ? 1 : 0;
    }

    String patents() {
        SXSSFSheet sheet = sheet("collection.sheet.patents", TemplateLayout.PATENT_HEADERS, new int[] {22, 40, 12, 14, 14},
                List.of(styles.inputText, styles.inputText, styles.inputText, styles.inputDate, styles.inputDate));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int o = offset(withUscc);
        validate(sheet, helper.createExplicitListConstraint(TemplateWriter.items(
                Choices.labels(PatentType.class, Choices.PATENT_TYPE))), o + 2, "collection.template.listPrompt",
                "collection.template.listError");
        date(sheet, o + 3);
        date(sheet, o + 4);
        return finish(sheet);
    }

    String staff() {
        SXSSFSheet sheet = sheet("collection.sheet.staff", TemplateLayout.STAFF_HEADERS, new int[] {14, 12, 12, 14, 14},
                List.of(styles.inputText, styles.inputText, styles.inputText, styles.inputDate, styles.inputDate));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int o = offset(withUscc);
        validate(sheet, helper.createExplicitListConstraint(TemplateWriter.items(
                Choices.labels(Education.class, Choices.EDUCATION))), o + 1, "collection.template.listPrompt",
                "collection.template.listError");
        validate(sheet, helper.createExplicitListConstraint(new String[] {I18n.tr(Choices.YES), I18n.tr(Choices.NO)}),
                o + 2, "collection.template.listPrompt", "collection.template.listError");
        date(sheet, o + 3);
        date(sheet, o + 4);
        return finish(sheet);
    }

    String standards() {
        SXSSFSheet sheet = sheet("collection.sheet.standards", TemplateLayout.STANDARD_HEADERS, new int[] {22, 40, 10, 10, 14},
                List.of(styles.inputText, styles.inputText, styles.inputText, styles.inputText, styles.inputDate));
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int o = offset(withUscc);
        validate(sheet, helper.createExplicitListConstraint(TemplateWriter.items(
                Choices.labels(StandardLevel.class, Choices.LEVEL))), o + 2, "collection.template.listPrompt",
                "collection.template.listError");
        validate(sheet, helper.createExplicitListConstraint(TemplateWriter.items(
                Choices.labels(StandardRole.class, Choices.ROLE))), o + 3, "collection.template.listPrompt",
                "collection.template.listError");
        date(sheet, o + 4);
        return finish(sheet);
    }

    private SXSSFSheet sheet(String nameKey, List<String> headerKeys, int[] widths, List<CellStyle> inputStyles) {
        SXSSFSheet sheet = workbook.createSheet(I18n.tr(nameKey));
        List<String> headers = new ArrayList<>();
        List<CellStyle> columnStyles = new ArrayList<>();
        List<Integer> columnWidths = new ArrayList<>();
        if (withUscc) {
            headers.add(I18n.tr("collection.template.col.uscc"));
            columnStyles.add(styles.inputText);
            columnWidths.add(22);
        }
        for (int i = 0; i < headerKeys.size(); i++) {
            headers.add(I18n.tr(headerKeys.get(i)));
            columnStyles.add(inputStyles.get(i));
            columnWidths.add(widths[i]);
        }
        Row header = sheet.createRow(TemplateLayout.OPTIONAL_HEADER_ROW);
        for (int column = 0; column < headers.size(); column++) {
            sheet.setColumnWidth(column, columnWidths.get(column) * 256);
            sheet.setDefaultColumnStyle(column, columnStyles.get(column));
            TemplateWriter.text(header, column, headers.get(column), styles.header);
        }
        // styled empty rows: the input colour shows where to type even where a program ignores column styles
        for (int r = TemplateLayout.OPTIONAL_FIRST_ROW; r < TemplateLayout.OPTIONAL_FIRST_ROW + 20; r++) {
            Row row = sheet.createRow(r);
            for (int column = 0; column < headers.size(); column++) {
                row.createCell(column).setCellStyle(columnStyles.get(column));
            }
        }
        if (withUscc) {
            validate(sheet, sheet.getDataValidationHelper().createTextLengthConstraint(OperatorType.EQUAL, "18", null), 0,
                    "collection.template.usccPrompt", "collection.template.usccError");
        }
        return sheet;
    }

    private void date(SXSSFSheet sheet, int column) {
        validate(sheet, sheet.getDataValidationHelper().createDateConstraint(OperatorType.BETWEEN, "DATE(1985,1,1)",
                "DATE(2100,12,31)", null), column, "collection.template.datePrompt", "collection.template.dateError");
    }

    private static void validate(SXSSFSheet sheet, DataValidationConstraint constraint, int column, String promptKey,
                                 String errorKey) {
        TemplateWriter.validate(sheet, constraint, TemplateLayout.OPTIONAL_FIRST_ROW,
                TemplateLayout.OPTIONAL_FIRST_ROW + TemplateWriter.OPTIONAL_ROWS - 1, column, promptKey, errorKey);
    }

    private String finish(SXSSFSheet sheet) {
        sheet.createFreezePane(0, TemplateLayout.OPTIONAL_FIRST_ROW);
        TemplateWriter.protect(workbook, sheet);
        return sheet.getSheetName();
    }
}
