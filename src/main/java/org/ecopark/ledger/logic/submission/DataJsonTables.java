package org.ecopark.ledger.logic.submission;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;

/**
 * Walks the tables of a package's data.json as a stream, one table at a time, so that a large park's statistics never
 * sit in memory: for the verifier's row counts and the bureau's reading of the targets.
 */
public final class DataJsonTables {

    private DataJsonTables() {
    }

    /** Gets each table's name with the parser on the table's first token; it reads or skips the whole value. */
    @FunctionalInterface
    public interface Visitor {
        void table(String name, JsonParser json) throws IOException;
    }

    /**
     * Calls {@code visitor} for each entry of the {@code tables} object of the data.json in {@code in}.
     *
     * @return false when the text is no JSON object (nothing was visited)
     * @throws IOException when the JSON is broken (a {@link com.fasterxml.jackson.core.JacksonException})
     */
    public static boolean forEach(InputStream in, Visitor visitor) throws IOException {
        try (JsonParser json = PackageJson.MAPPER.getFactory().createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if ("tables".equals(field) && json.currentToken() == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String table = json.currentName();
                        json.nextToken();
                        visitor.table(table, json);
                    }
                } else {
                    json.skipChildren();
                }
            }
            return true;
        }
    }
}
