package org.ecopark.ledger.logic.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;

/**
 * One data line of a CSV file with typed, checked access by column name. Every fault becomes a
 * {@link DemoException} naming the file, the line and the column, in the user's language.
 */
final class CsvRecord {

    private final String file;
    private final int line;
    private final Map<String, Integer> columns;
    private final List<String> fields;

    CsvRecord(String file, int line, Map<String, Integer> columns, List<String> fields) {
        this.file = file;
        this.line = line;
        this.columns = columns;
        this.fields = fields;
    }

    String file() {
        return file;
    }

    int line() {
        return line;
    }

    /** The trimmed text, or null when the cell is empty. */
    String text(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= fields.size()) {
            return null;
        }
        String value = fields.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    String required(String column) {
        String value = text(column);
        if (value == null) {
            throw fault(I18n.tr("demo.error.required", column));
        }
        return value;
    }

    LocalDate date(String column) {
        String value = text(column);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw fault(I18n.tr("demo.error.date", column, value));
        }
    }

    LocalDate requiredDate(String column) {
        required(column);
        return date(column);
    }

    YearMonth month(String column) {
        String value = required(column);
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw fault(I18n.tr("demo.error.month", column, value));
        }
    }

    /** A number that must not be negative. */
    BigDecimal decimal(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.signum() < 0) {
                throw fault(I18n.tr("demo.error.negative", column, value));
            }
            return number;
        } catch (NumberFormatException e) {
            throw fault(I18n.tr("demo.error.number", column, value));
        }
    }

    Integer integer(String column) {
        BigDecimal value = decimal(column);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw fault(I18n.tr("demo.error.number", column, value.toPlainString()));
        }
    }

    boolean bool(String column) {
        String value = required(column);
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw fault(I18n.tr("demo.error.boolean", column, value));
    }

    /** One of the codes the schema allows, e.g. a segment or an event type. */
    String choice(String column, Set<String> allowed) {
        String value = required(column);
        if (!allowed.contains(value)) {
            throw fault(I18n.tr("demo.error.choice", column, String.join(" / ", new java.util.TreeSet<>(allowed)), value));
        }
        return value;
    }

    DemoException fault(String detail) {
        return DemoException.atLine(file, line, detail);
    }
}
