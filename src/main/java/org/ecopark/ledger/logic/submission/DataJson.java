package org.ecopark.ledger.logic.submission;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.submission.DataTable.Column;
import org.ecopark.ledger.model.Park;

/**
 * data.json: every figure of the package for programs, by stable codes: credit codes, the park code, target
 * and indicator codes, metric codes, ISO dates and period codes, stored category codes. Each table comes with
 * its columns' types and units, so a reader needs neither this program nor the workbook's headers. Written
 * as a stream: a large park's statistics never sit in memory as a JSON tree.
 */
final class DataJson implements Closeable {

    static final String FORMAT_VERSION = "1";

    private final JsonGenerator json;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private DataTable table;
    private int rows;

    /** Writes the document's head and every table's columns to {@code out} (left open), then waits for the rows. */
    DataJson(PackageData data, List<DataTable> tables, OutputStream out) throws IOException {
        json = PackageJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8);
        // Compact: the park's records make this the package's largest file (indented, 143 MB for 2 000
        // enterprises), and its readers are programs. A printer of its own also keeps the mapper's
        // INDENT_OUTPUT from indenting the objects written through it.
        json.setPrettyPrinter(new MinimalPrettyPrinter(""));
        json.writeStartObject();
        json.writeStringField("formatVersion", FORMAT_VERSION);
        Map<String, Object> generator = new LinkedHashMap<>(); // Map.of's order changes from one JVM to the next
        generator.put("program", Manifest.PROGRAM);
        generator.put("version", data.programVersion());
        json.writeObjectField("generator", generator);
        json.writeObjectField("park", park(data.park()));
        json.writeObjectField("period", Manifest.PeriodRef.of(data.period()));
        json.writeObjectField("asOf", data.asOf());
        json.writeObjectField("created", data.created());
        json.writeObjectField("signature", data.signature());
        json.writeObjectFieldStart("columns");
        for (DataTable t : tables) {
            json.writeArrayFieldStart(t.code());
            for (Column column : t.columns()) {
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("name", column.code());
                meta.put("type", column.type().name());
                meta.put("title", column.header());
                if (column.unit() != null) {
                    meta.put("unit", column.unit());
                }
                if (column.unitColumn() != null) {
                    meta.put("unitColumn", column.unitColumn());
                }
                json.writeObject(meta);
            }
            json.writeEndArray();
        }
        json.writeEndObject();
        json.writeObjectFieldStart("tables");
    }

    /** Starts a table of the "tables" object; the tables come in the order their columns were written. */
    void startTable(DataTable next) throws IOException {
        table = next;
        rows = 0;
        json.writeArrayFieldStart(next.code());
    }

    void row(List<Object> values) throws IOException {
        json.writeStartObject();
        List<Column> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            Object value = column.jsonValue(values.get(c));
            // the common values straight to the generator, as the mapper writes them (a day as ISO yyyy-MM-dd, the
            // JavaTimeModule's form); the rest (instants, the titles' objects) through the mapper
            if (value == null) {
                json.writeNullField(column.code());
            } else if (value instanceof String text) {
                json.writeStringField(column.code(), text);
            } else if (value instanceof java.math.BigDecimal number) {
                json.writeNumberField(column.code(), number);
            } else if (value instanceof LocalDate day) {
                json.writeStringField(column.code(), day.toString()); // ISO_LOCAL_DATE's text, at any year
            } else if (value instanceof Boolean flag) {
                json.writeBooleanField(column.code(), flag);
            } else if (isTextList(value)) {
                json.writeArrayFieldStart(column.code());
                for (Object text : (List<?>) value) {
                    json.writeString((String) text);
                }
                json.writeEndArray();
            } else {
                json.writeObjectField(column.code(), value);
            }
        }
        json.writeEndObject();
        rows++;
    }

    private static boolean isTextList(Object value) {
        if (!(value instanceof List<?> list)) {
            return false;
        }
        for (Object item : list) {
            if (!(item instanceof String)) {
                return false;
            }
        }
        return true;
    }

    void endTable() throws IOException {
        json.writeEndArray();
        counts.put(table.code(), rows);
    }

    /** Ends the document with the row count of every table; returns them by table code. */
    Map<String, Integer> finish() throws IOException {
        json.writeEndObject();
        json.writeObjectField("rowCounts", counts);
        json.writeEndObject();
        json.flush();
        return counts;
    }

    @Override
    public void close() throws IOException {
        json.close();
    }

    private static Map<String, Object> park(Park park) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("code", park.code());
        fields.put("name", park.name());
        fields.put("shortName", park.shortName());
        fields.put("city", park.city());
        fields.put("district", park.district());
        fields.put("clusterCode", park.clusterCode());
        return fields;
    }
}
