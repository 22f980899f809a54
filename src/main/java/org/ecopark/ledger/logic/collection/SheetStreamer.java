package org.ecopark.ledger.logic.collection;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML with SAX, a row at a time, so that a sheet of any length needs the memory of
 * one row. POI's {@code XSSFSheetXMLHandler} hands out formatted text and so hides whether a cell held a
 * number, a text or a formula; the import has to know, so this handler keeps the stored kind.
 */
final class SheetStreamer extends DefaultHandler {

    /** Receives each row that has at least one cell with a value, in sheet order. */
    @FunctionalInterface
    interface RowHandler {
        void row(int rowIndex, List<SheetCell> cells);
    }

    private final SharedStrings strings;
    private final RowHandler handler;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private List<SheetCell> cells = new ArrayList<>();
    private int rowIndex = -1;
    private int nextColumn;
    private String ref;
    private String type;
    private boolean inValue;
    private boolean inFormula;
    private boolean hasFormula;
    private boolean inInline;
    private boolean inInlineText;

    SheetStreamer(SharedStrings strings, RowHandler handler) {
        this.strings = strings;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r) - 1;
                cells = new ArrayList<>();
                nextColumn = 0;
            }
            case "c" -> {
                ref = attributes.getValue("r");
                type = attributes.getValue("t");
                value.setLength(0);
                inline.setLength(0);
                formula.setLength(0);
                hasFormula = false;
            }
            case "v" -> inValue = true;
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "is" -> inInline = true;
            case "t" -> inInlineText = inInline;
            default -> {
                // other elements (formatting, merged cells, validations) do not matter to the import
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            value.append(ch, start, length);
        } else if (inInlineText) {
            inline.append(ch, start, length);
        } else if (inFormula) {
            formula.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "t" -> inInlineText = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            case "row" -> {
                if (!cells.isEmpty()) {
                    handler.row(rowIndex, cells);
                }
            }
            default -> {
                // nothing to finish
            }
        }
    }

    private void endCell() {
        int column = ref == null ? nextColumn : new CellReference(ref).getCol();
        nextColumn = column + 1;
        SheetCell cell;
        if (hasFormula) {
            cell = new SheetCell(rowIndex, column, SheetCell.Kind.FORMULA, formula.toString());
        } else if ("inlineStr".equals(type) && !inline.isEmpty()) {
            // an inline string lives in <is>; a <v> beside it is stale (POI leaves one when editing such a cell)
            cell = new SheetCell(rowIndex, column, SheetCell.Kind.TEXT, inline.toString());
        } else if (value.isEmpty()) {
            return; // a styled cell without a value
        } else if ("s".equals(type)) {
            String text = strings.getItemAt(Integer.parseInt(value.toString().strip())).getString();
            cell = new SheetCell(rowIndex, column, SheetCell.Kind.TEXT, text);
        } else if ("inlineStr".equals(type) || "str".equals(type) || "d".equals(type)) {
            cell = new SheetCell(rowIndex, column, SheetCell.Kind.TEXT, value.toString());
        } else if ("b".equals(type)) {
            cell = new SheetCell(rowIndex, column, SheetCell.Kind.BOOLEAN, "1".equals(value.toString()) ? "TRUE" : "FALSE");
        } else if ("e".equals(type)) {
            cell = new SheetCell(rowIndex, column, SheetCell.Kind.ERROR, value.toString());
        } else {
            cell = new SheetCell(rowIndex, column, SheetCell.Kind.NUMBER, value.toString().strip());
        }
        cells.add(cell);
    }
}
