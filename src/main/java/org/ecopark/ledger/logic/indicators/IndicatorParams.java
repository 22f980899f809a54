package org.ecopark.ledger.logic.indicators;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An indicator's parameters (JSON text in the catalog and the database), read leniently: a missing one is empty.
 * Read with Jackson's streaming parser into plain values, as Jackson's tree gives them as text: the tree's own
 * machinery was several hundred classes to load before the first evaluation of a window's start.
 */
final class IndicatorParams {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** A parameter's value: its text as Jackson's tree gives it ({@code asText}), and the items of an array. */
    private record Value(JsonToken token, String text, List<String> items) {

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean asBoolean() {
            return switch (token) {
                case VALUE_TRUE -> true;
                case VALUE_STRING -> "true".equals(text.trim());
                case VALUE_NUMBER_INT -> new java.math.BigInteger(text).signum() != 0;
                default -> false;
            };
        }
    }

    private final String json;
    private final Map<String, Value> values;

    private IndicatorParams(String json, Map<String, Value> values) {
        this.json = json;
        this.values = values;
    }

    static IndicatorParams parse(String json) {
        if (json == null || json.isBlank()) {
            return new IndicatorParams("{}", Map.of());
        }
        Map<String, Value> values = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    values.put(name, value(parser, parser.nextToken()));
                }
            } else {
                parser.skipChildren();
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Indicator parameters are not JSON: " + json, e);
        }
        return new IndicatorParams(json, values);
    }

    private static Value value(JsonParser parser, JsonToken token) throws IOException {
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; item = parser.nextToken()) {
                items.add(text(parser, item));
            }
            return new Value(token, "", items);
        }
        return new Value(token, text(parser, token), List.of());
    }

    /** The text Jackson's tree gives a value: a nested object or array has none. */
    private static String text(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT, START_ARRAY -> {
                parser.skipChildren();
                yield "";
            }
            case VALUE_NULL -> "null";
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            // a decimal in the tree is a double
            case VALUE_NUMBER_FLOAT -> Double.toString(parser.getDoubleValue());
            case VALUE_NUMBER_INT -> parser.getNumberValue().toString();
            default -> parser.getText();
        };
    }

    /** A list of codes; a single string is a list of one. */
    List<String> strings(String name) {
        Value value = values.get(name);
        List<String> list = new ArrayList<>();
        if (value == null || value.isNull()) {
            return list;
        }
        if (value.token() == JsonToken.START_ARRAY) {
            list.addAll(value.items());
        } else {
            list.add(value.text());
        }
        return list;
    }

    String string(String name) {
        Value value = values.get(name);
        return value == null || value.isNull() || value.text().isBlank() ? null : value.text();
    }

    Boolean bool(String name) {
        Value value = values.get(name);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    BigDecimal decimal(String name) {
        Value value = values.get(name);
        return value == null || value.isNull() ? null : new BigDecimal(value.text());
    }

    /** A parameter the computation cannot do without. */
    String required(String name) {
        String value = string(name);
        if (value == null) {
            throw new IllegalArgumentException("Indicator parameter '" + name + "' is missing in " + json);
        }
        return value;
    }
}
