package org.ecopark.ledger.logic.collection;

import org.apache.poi.ss.util.CellReference;

/**
 * One cell as the sheet's XML stores it, before any interpretation: the import must tell a number from a
 * text that looks like one, and a typed value from a formula, which a formatted value would hide.
 *
 * @param text the number as written (e.g. {@code 1234.5}), the text, the formula (without "="), TRUE/FALSE,
 *             or the error code
 */
public record SheetCell(int row, int column, Kind kind, String text) {

    /** How the cell's value is stored. */
    public enum Kind { NUMBER, TEXT, FORMULA, BOOLEAN, ERROR }

    /** The cell's address as Excel shows it, e.g. {@code H12}. */
    public String ref() {
        return new CellReference(row, column).formatAsString(false);
    }

    /** Whether the cell holds nothing a person typed (no value, or only blanks). */
    public boolean isBlank() {
        return text == null || text.isBlank();
    }

    /**
     * A text cell's or a number cell's content as text; a number without a needless ".0". A number out of
     * bounds (see {@link NumberText}) stays as written rather than being spelled out digit by digit.
     */
    public String asText() {
        if (kind == Kind.NUMBER) {
            return NumberText.exact(text).map(value -> value.stripTrailingZeros().toPlainString()).orElse(text);
        }
        return text == null ? "" : text.strip();
    }

    public static SheetCell text(int row, int column, String text) {
        return new SheetCell(row, column, Kind.TEXT, text);
    }
}
