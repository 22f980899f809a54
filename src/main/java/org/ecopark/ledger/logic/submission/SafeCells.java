package org.ecopark.ledger.logic.submission;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;

/**
 * Writes text into a cell so that no spreadsheet can take it for a formula. A name such as
 * {@code =cmd|' /C calc'!A0} stays a string cell with the "quote prefix" style: Excel and LibreOffice show it
 * as typed and keep it text even when someone edits the cell, instead of running it (CSV/DDE injection).
 * The value itself is not changed, so a credit code or a name reads back exactly.
 */
public final class SafeCells {

    private SafeCells() {
    }

    /** Whether a spreadsheet could read the text as a formula: it starts with =, +, -, @, a tab or a CR. */
    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }

    /**
     * The text as a cell may hold it: characters XML 1.0 cannot carry (control characters other than tab,
     * line feed and carriage return) become U+FFFD, and at most 32,767 characters (Excel's limit) are kept.
     */
    public static String text(String value) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean illegal = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF;
            if (illegal) {
                if (clean == null) {
                    clean = new StringBuilder(value.substring(0, i));
                }
                clean.append('\uFFFD');
            } else if (clean != null) {
                clean.append(c);
            }
        }
        String result = clean == null ? value : clean.toString();
        return result.length() > 32_767 ? result.substring(0, 32_767) : result;
    }

    /**
     * Writes {@code value} as a string cell: with {@code quoted} (the same style with quotePrefix set) when it
     * looks like a formula, else with {@code plain}. A null value leaves the cell blank in the plain style.
     */
    public static void write(Cell cell, String value, CellStyle plain, CellStyle quoted) {
        if (value == null) {
            cell.setCellStyle(plain);
            return;
        }
        String safe = text(value);
        cell.setCellValue(safe);
        cell.setCellStyle(looksLikeFormula(safe) ? quoted : plain);
    }
}
