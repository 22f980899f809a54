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
import org.ecopark.ledger.logic.Excerpt;

/**
 * One row of a sheet or list read field by field, turning cells into values and every cell that cannot be
 * one into a problem at that cell: a formula, an error value, a text where a number or date belongs, an
 * item that is not on the drop-down list. A field whose cell failed reads as null and is remembered, so
 * that the record is not checked further on a value the user never gave.
 */
final class RowCells {

    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    /** The dates a record of the ledger may carry; Excel's own day numbers start at 1900-01-01. */
    static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2100, 12, 31);
    /** Excel's day number of the day after {@link #LAST_DAY}. */
    private static final BigDecimal LAST_SERIAL = BigDecimal.valueOf(DateUtil.getExcelDate(LAST_DAY.plusDays(1)));

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
            Optional<BigDecimal> serial = NumberText.exact(cell.text());
            if (serial.isEmpty() || serial.get().compareTo(BigDecimal.ONE) < 0) {
                return refuse(field, "collection.cell.date", cell.text());
            }
            if (serial.get().compareTo(LAST_SERIAL) >= 0) {
                return refuse(field, "collection.cell.dateRange", cell.asText(), FIRST_DAY, LAST_DAY);
            }
            return inRange(field, DateUtil.getLocalDateTime(serial.get().doubleValue()).toLocalDate(), cell.asText());
        }
        String text = text(field);
        if (text == null) {
            return null;
        }
        Matcher matcher = DATE.matcher(text);
        try {
            if (matcher.matches()) {
                return inRange(field, LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))), text);
            }
            return inRange(field, LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE), text);
        } catch (java.time.DateTimeException e) {
            return refuse(field, "collection.cell.date", text);
        }
    }

    /** A date the ledger can hold: a typing slip such as 2205 or the serial 99999999 is refused, not stored. */
    private LocalDate inRange(String field, LocalDate date, String typed) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            return refuse(field, "collection.cell.dateRange", typed, FIRST_DAY, LAST_DAY);
        }
        return date;
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
        NumberText.Amount amount = NumberText.amount(cell.text());
        if (amount.ok()) {
            return amount.value();
        }
        return switch (amount.refusal()) {
            case TOO_LONG -> refuse(field, "collection.cell.tooLong", amount.shown());
            case TOO_BIG -> refuse(field, "collection.cell.tooBig", amount.shown());
            case DECIMALS -> refuse(field, "collection.cell.decimals", amount.shown());
            default -> refuse(field, "collection.cell.text", amount.shown());
        };
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

    /**
     * A refusal at the field's cell; what the user typed (always the first argument) is quoted, at most
     * {@link Excerpt#MAX} characters of it.
     */
    private <T> T refuse(String field, String key, Object... args) {
        Object[] quoted = args.clone();
        if (quoted.length > 0 && quoted[0] instanceof String text) {
            quoted[0] = Excerpt.of(text);
        }
        error(field, I18n.tr(key, quoted));
        return null;
    }
}
