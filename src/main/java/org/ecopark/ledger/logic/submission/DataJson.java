package org.ecopark.ledger.logic.submission;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.ecopark.ledger.logic.submission.DataTable.Column;
import org.ecopark.ledger.model.Park;

/**
 * data.json: every figure of the package for programs, by stable codes: credit codes, the park code, target
 * and indicator codes, metric codes, ISO dates and period codes, stored category codes. Each table comes with
 * its columns' types and units, so a reader needs neither this program nor the workbook's headers. Written
 * as a stream: a large park's statistics never sit in memory as a JSON tree.
 */
final class DataJson {

    static final String FORMAT_VERSION = "1";

    private DataJson() {
    }

    /** Writes the document to {@code out} (left open); returns the row count of every table by its code. */
    static Map<String, Integer> write(PackageData data, List<DataTable> tables, OutputStream out,
                                      BooleanSupplier cancelled) throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (JsonGenerator json = PackageJson.MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            // Compact: the park's records make this the package's largest file (indented, 143 MB for 2 000
            // enterprises), and its readers are programs. A printer of its own also keeps the mapper's
            // INDENT_OUTPUT from indenting the objects written through it.
            json.setPrettyPrinter(new MinimalPrettyPrinter(""));
            json.writeStartObject();
            json.writeStringField("formatVersion", FORMAT_VERSION);
            json.writeObjectField("generator", Map.of("program", Manifest.PROGRAM, "version", data.programVersion()));
            json.writeObjectField("park", park(data.park()));
            json.writeObjectField("period", Manifest.PeriodRef.of(data.period()));
            json.writeObjectField("asOf", data.asOf());
            json.writeObjectField("created", data.created());
            json.writeObjectField("signature", data.signature());
            json.writeObjectFieldStart("columns");
            for (DataTable table : tables) {
                json.writeArrayFieldStart(table.code());
                for (Column column : table.columns()) {
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
            for (DataTable table : tables) {
                json.writeArrayFieldStart(table.code());
                int n = 0;
                for (List<Object> row : table.rows()) {
                    if (++n % 1000 == 0) {
                        ExportCancelledException.check(cancelled);
                    }
                    json.writeStartObject();
                    for (int c = 0; c < table.columns().size(); c++) {
                        Column column = table.columns().get(c);
                        json.writeObjectField(column.code(), column.jsonValue(row.get(c)));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                counts.put(table.code(), table.rows().size());
            }
            json.writeEndObject();
            json.writeObjectField("rowCounts", counts);
            json.writeEndObject();
        }
        return counts;
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
