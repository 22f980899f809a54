package org.ecopark.ledger.persistence;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of audited values: a model record as its components, dates as ISO text, decimals plain.
 * The same mapper writes and reads, so an undo gets back the record that was logged. Unknown fields are
 * ignored on reading: an entry written before a record gained a component still reads.
 */
public final class AuditJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private AuditJson() {
    }

    /** The value as JSON text; null stays null. */
    public static String encode(Object value) {
        if (value == null) {
            return null;
        }
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** The record a JSON text was written from. */
    public static <T> T decode(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read a " + type.getSimpleName() + " from the audit log", e);
        }
    }

    /**
     * The top-level fields of a JSON object as display text, in their written order: scalars as their
     * text, null as null, nested lists and objects as compact JSON.
     */
    public static Map<String, String> fields(String json) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (json == null) {
            return fields;
        }
        try {
            JsonNode root = MAPPER.readTree(json);
            root.fields().forEachRemaining(field -> fields.put(field.getKey(), text(field.getValue())));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object in the audit log: " + json, e);
        }
        return fields;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
