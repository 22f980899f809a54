package org.ecopark.ledger.logic.indicators;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An indicator's parameters (JSON text in the catalog and the database), read leniently: a missing one is empty. */
final class IndicatorParams {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final JsonNode node;

    private IndicatorParams(JsonNode node) {
        this.node = node;
    }

    static IndicatorParams parse(String json) {
        if (json == null || json.isBlank()) {
            return new IndicatorParams(MAPPER.createObjectNode());
        }
        try {
            return new IndicatorParams(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Indicator parameters are not JSON: " + json, e);
        }
    }

    /** A list of codes; a single string is a list of one. */
    List<String> strings(String name) {
        JsonNode value = node.get(name);
        List<String> list = new ArrayList<>();
        if (value == null || value.isNull()) {
            return list;
        }
        if (value.isArray()) {
            value.forEach(item -> list.add(item.asText()));
        } else {
            list.add(value.asText());
        }
        return list;
    }

    String string(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    Boolean bool(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asBoolean();
    }

    BigDecimal decimal(String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : new BigDecimal(value.asText());
    }

    /** A parameter the computation cannot do without. */
    String required(String name) {
        String value = string(name);
        if (value == null) {
            throw new IllegalArgumentException("Indicator parameter '" + name + "' is missing in " + node);
        }
        return value;
    }
}
