package org.ecopark.ledger.logic.collection;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of a collection workbook. Input cells are unlocked and yellow, everything else stays
 * locked under sheet protection; a workbook has a limited number of styles, so they are made once.
 */
final class TemplateStyles {

    final CellStyle title;
    final CellStyle label;
    final CellStyle text;
    final CellStyle header;
    final CellStyle locked;
    final CellStyle lockedNumber;
    final CellStyle inputNumber;
    final CellStyle inputText;
    final CellStyle inputDate;
    final CellStyle hint;

    TemplateStyles(Workbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        short textFormat = workbook.createDataFormat().getFormat("@");
        short dateFormat = workbook.createDataFormat().getFormat("yyyy-mm-dd");

        title = workbook.createCellStyle();
        title.setFont(big);
        label = workbook.createCellStyle();
        label.setFont(bold);
        text = workbook.createCellStyle();
        hint = workbook.createCellStyle();
        hint.setWrapText(true);
        hint.setVerticalAlignment(VerticalAlignment.TOP);

        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        locked = bordered(workbook);
        locked.setWrapText(true);
        locked.setVerticalAlignment(VerticalAlignment.CENTER);
        lockedNumber = bordered(workbook);
        lockedNumber.setVerticalAlignment(VerticalAlignment.CENTER);

        inputNumber = input(workbook);
        inputText = input(workbook);
        inputText.setDataFormat(textFormat);
        inputDate = input(workbook);
        inputDate.setDataFormat(dateFormat);
    }

    private static CellStyle bordered(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private static CellStyle input(Workbook workbook) {
        CellStyle style = bordered(workbook);
        style.setLocked(false);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
