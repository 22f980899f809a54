package org.ecopark.ledger.logic.collection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.ecopark.ledger.logic.Excerpt;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a worksheet's XML with SAX, a row at a time, so that a sheet of any length needs the memory of
 * one row. POI's {@code XSSFSheetXMLHandler} hands out formatted text and so hides whether a cell held a
 * number, a text or a formula; the import has to know, so this handler keeps the stored kind.
 *
 * <p>What Excel itself never writes stops the reading with a {@link Refusal}: a row number outside 1 to
 * 1,048,576 or not after the previous row (a row numbered 0 would otherwise fall above the first row and
 * be dropped without a word), a column past XFD, a cell of more than 32,767 characters.
 */
final class SheetStreamer extends DefaultHandler {

    /** Excel's limits: rows, columns and characters in a cell. */
    static final int MAX_ROWS = 1_048_576;
    static final int MAX_COLUMNS = 16_384;
    static final int MAX_CELL_CHARS = 32_767;
    private static final Pattern CELL_REF = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6})");

    /** Why a sheet cannot be read on; {@link SafeWorkbook} turns it into the file's refusal. */
    static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final String messageKey;
        private final transient Object[] args;

        Refusal(String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
            this.args = args;
        }

        String messageKey() {
            return messageKey;
        }

        Object[] args() {
            return args.clone();
        }
    }

    /** Receives each row that has at least one cell with a value, in sheet order. */
    @FunctionalInterface
    interface RowHandler {
        void row(int rowIndex, List<SheetCell> cells);
    }

    private final List<String> strings;
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

    SheetStreamer(List<String> strings, RowHandler handler) {
        this.strings = strings;
        this.handler = handler;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                rowIndex = rowIndex(attributes.getValue("r"));
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
            append(value, ch, start, length);
        } else if (inInlineText) {
            append(inline, ch, start, length);
        } else if (inFormula) {
            append(formula, ch, start, length);
        }
    }

    private void append(StringBuilder text, char[] ch, int start, int length) {
        if (text.length() + length > MAX_CELL_CHARS) {
            throw new Refusal("collection.refused.cellTooLong", cellRef(), MAX_CELL_CHARS);
        }
        text.append(ch, start, length);
    }

    /** The 0-based index of a row from its number as written; absent means the row after the previous one. */
    private int rowIndex(String r) {
        long number;
        try {
            number = r == null ? rowIndex + 2L : Long.parseLong(r.strip());
        } catch (NumberFormatException e) {
            number = 0;
        }
        if (number < 1 || number > MAX_ROWS || number - 1 <= rowIndex) {
            throw new Refusal("collection.refused.rowNumber", Excerpt.of(String.valueOf(r)), MAX_ROWS);
        }
        return (int) number - 1;
    }

    /** The column of a cell's address, which must name a cell of the row it stands in. */
    private int column(String address) {
        Matcher m = CELL_REF.matcher(address);
        if (!m.matches() || Long.parseLong(m.group(2)) != rowIndex + 1L) {
            throw new Refusal("collection.refused.cellRef", Excerpt.of(address));
        }
        int column = CellReference.convertColStringToIndex(m.group(1));
        if (column >= MAX_COLUMNS) {
            throw new Refusal("collection.refused.cellRef", Excerpt.of(address));
        }
        return column;
    }

    private String cellRef() {
        return ref != null ? Excerpt.of(ref) : new CellReference(Math.max(rowIndex, 0), nextColumn).formatAsString(false);
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
        int column = ref == null ? nextColumn : column(ref);
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
            String text = strings.get(Integer.parseInt(value.toString().strip()));
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
