package org.ecopark.ledger.logic.submission;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One list of the package, written twice from the same rows: as a sheet of the workbook (headers and
 * labels for people) and as a table of data.json (stable codes and plain values for programs).
 *
 * @param code  the table's key in data.json and the manifest, e.g. {@code enterprises}
 * @param sheet the workbook sheet's name
 * @param rows  one list of cell values per row, in column order; values are raw (codes, decimals, dates)
 */
public record DataTable(String code, String sheet, List<Column> columns, Rows rows) {

    public DataTable {
        columns = List.copyOf(columns);
    }

    /**
     * A table's rows, handed over in order at each call: the workbook's sheet and data.json's table are written
     * from one pass, so that a large park's statistics are read once and never held.
     */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<Object>> each);

        /** Rows held in a list, each checked to have one value per column. */
        static Rows of(String code, List<Column> columns, List<List<Object>> rows) {
            for (List<Object> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException(code + ": a row has " + row.size() + " cells for "
                            + columns.size() + " columns");
                }
            }
            List<List<Object>> held = List.copyOf(rows);
            return held::forEach;
        }
    }

    /** What a value is; decides the cell type and format in the workbook and the JSON type. */
    public enum Type {
        TEXT,
        CODE,
        INTEGER,
        DECIMAL,
        DATE,
        BOOLEAN,
        INSTANT,
        LIST
    }

    /**
     * A column.
     *
     * @param code   the JSON key
     * @param header the sheet's header (in the user's language)
     * @param unit   the unit every value of the column is in ({@code 万元}); null for none. {@code unitColumn}
     *               names the column that holds each row's unit instead (targets have their own units)
     * @param label  how a person reads a value in the workbook and the PDF (a code's name); null: as written
     * @param json   how data.json writes a value; null: as it is
     */
    public record Column(String code, String header, Type type, String unit, String unitColumn,
                         Function<Object, String> label, Function<Object, Object> json) {

        public Column {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(type, "type");
        }

        public static Column of(String code, String header, Type type) {
            return new Column(code, header, type, null, null, null, null);
        }

        public Column withUnit(String newUnit) {
            return new Column(code, header, type, newUnit, unitColumn, label, json);
        }

        public Column withUnitColumn(String column) {
            return new Column(code, header, type, unit, column, label, json);
        }

        public Column labelled(Function<Object, String> newLabel) {
            return new Column(code, header, type, unit, unitColumn, newLabel, json);
        }

        public Column inJson(Function<Object, Object> newJson) {
            return new Column(code, header, type, unit, unitColumn, label, newJson);
        }

        /** The header with its unit, as the sheet shows it: 计划投资（万元）. */
        public String headerWithUnit() {
            return unit == null ? header : header + "（" + unit + "）";
        }

        /** The value as a person reads it, for code and list columns; null when the value is null. */
        public String text(Object value) {
            if (value == null) {
                return null;
            }
            return label != null ? label.apply(value) : String.valueOf(value);
        }

        public Object jsonValue(Object value) {
            return value == null || json == null ? value : json.apply(value);
        }
    }
}
