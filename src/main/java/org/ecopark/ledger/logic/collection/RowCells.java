package org.ecopark.ledger.logic.collection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.ecopark.ledger.l10n.I18n;

/**
 * One row of a sheet or list read field by field, turning cells into values and every cell that cannot be
 * one into a problem at that cell: a formula, an error value, a text where a number or date belongs, an
 * item that is not on the drop-down list. A field whose cell failed reads as null and is remembered, so
 * that the record is not checked further on a value the user never gave.
 */
final class RowCells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    private static final int MAX_SCALE = 4;
    private static final int MAX_INTEGER_DIGITS = 16;

    private final PlanBuilder plan;
    private final String sheet;
    private final int row;
    private final Map<String, Integer> columns;
    private final Map<Integer, SheetCell> cells;
    private boolean failed;

    RowCells(PlanBuilder plan, String sheet, int row, Map<String, Integer> columns, Map<Integer, SheetCell> cells) {
        this.plan = plan;
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.cells = cells;
    }

    String sheet() {
        return sheet;
    }

    /** Whether the row has a column for the field at all. */
    boolean has(String field) {
        return columns.containsKey(field);
    }

    /** The cell address of the field in this row, e.g. {@code C12}; the row's first cell for an unmapped field. */
    String ref(String field) {
        Integer column = columns.get(field);
        return new CellReference(row, column == null ? firstColumn() : column).formatAsString(false);
    }

    /** Whether a cell of this row could not be read as what it should hold. */
    boolean failed() {
        return failed;
    }

    void error(String field, String reason) {
        failed = true;
        plan.error(sheet, ref(field), reason);
    }

    /** The text of the field; null when blank or unmapped. */
    String text(String field) {
        SheetCell cell = cell(field);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        return switch (cell.kind()) {
            case FORMULA -> refuse(field, "collection.cell.formula", cell.text());
            case ERROR -> refuse(field, "collection.cell.errorValue", cell.text());
            default -> cell.asText();
        };
    }

    /** A date as Excel stores it (a day number) or typed as 2025-03-31, 2025/3/31, 2025.3.31 or 2025年3月31日. */
    LocalDate date(String field) {
        SheetCell cell = cell(field);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        if (cell.kind() == SheetCell.Kind.NUMBER) {
            try {
                double serial = Double.parseDouble(cell.text());
                if (DateUtil.isValidExcelDate(serial) && serial >= 1) {
                    return DateUtil.getLocalDateTime(serial).toLocalDate();
                }
            } catch (NumberFormatException e) {
                // fall through to the refusal below
            }
            return refuse(field, "collection.cell.date", cell.asText());
        }
        String text = text(field);
        if (text == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(text);
        try {
            if (matcher.matches()) {
                return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3)));
            }
            return LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (java.time.DateTimeException e) {
            return refuse(field, "collection.cell.date", text);
        }
    }

    /** A number typed as a number; text, formulas and the like are refused, as Excel's own validation would. */
    BigDecimal number(String field) {
        SheetCell cell = cell(field);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        switch (cell.kind()) {
            case FORMULA:
                return refuse(field, "collection.cell.formula", cell.text());
            case TEXT:
                return refuse(field, "collection.cell.text", cell.text().strip());
            case BOOLEAN:
                return refuse(field, "collection.cell.text", cell.text());
            case ERROR:
                return refuse(field, "collection.cell.errorValue", cell.text());
            default:
                break;
        }
        if (!PLAIN_NUMBER.matcher(cell.text()).matches()) {
            return refuse(field, "collection.cell.text", cell.text());
        }
        BigDecimal value = new BigDecimal(cell.text()).stripTrailingZeros();
        if (value.scale() > MAX_SCALE) {
            // a binary double such as 0.1 + 0.2 carries noise far below the fourth decimal; only real digits count
            BigDecimal rounded = new BigDecimal(Double.toString(Double.parseDouble(cell.text()))).stripTrailingZeros();
            if (rounded.scale() > MAX_SCALE) {
                return refuse(field, "collection.cell.decimals", rounded.toPlainString());
            }
            value = rounded;
        }
        if (value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            return refuse(field, "collection.cell.tooBig", value.toPlainString());
        }
        return value;
    }

    /** An item of a drop-down list, in either language or as its code. */
    <E extends Enum<E>> E choice(String field, Class<E> type, String keyPrefix) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Optional<E> value = Choices.match(text, type, keyPrefix);
        if (value.isEmpty()) {
            return refuse(field, "collection.cell.choice", text, String.join("、", Choices.labels(type, keyPrefix)));
        }
        return value.get();
    }

    Boolean yesNo(String field) {
        String text = text(field);
        if (text == null) {
            return null;
        }
        Optional<Boolean> value = Choices.yesNo(text);
        if (value.isEmpty()) {
            return refuse(field, "collection.cell.choice", text,
                    String.join("、", List.of(I18n.tr(Choices.YES), I18n.tr(Choices.NO))));
        }
        return value.get();
    }

    private SheetCell cell(String field) {
        Integer column = columns.get(field);
        return column == null ? null : cells.get(column);
    }

    private int firstColumn() {
        return columns.values().stream().min(Integer::compare).orElse(0);
    }

    private <T> T refuse(String field, String key, Object... args) {
        error(field, I18n.tr(key, args));
        return null;
    }
}
