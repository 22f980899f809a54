package org.ecopark.ledger.logic.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parameters read as Jackson's tree read them (asText, asBoolean), without the tree. */
class IndicatorParamsTest {

    private static final ObjectMapper TREE = new ObjectMapper();
    private static final List<String> NAMES = List.of("metric", "codes", "flag", "threshold", "nested", "missing", "n");

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"metric\": \"REVENUE\", \"codes\": [\"A\", \"B\", 3, null, true, {\"x\": 1}, [1]], \"flag\": true}",
        "{\"metric\": \"  \", \"codes\": \"C\", \"flag\": \"true\", \"threshold\": 2.50, \"n\": 12345678901234567890}",
        "{\"metric\": null, \"codes\": null, \"flag\": 0, \"threshold\": 100, \"nested\": {\"a\": [1, {\"b\": 2}]}}",
        "{\"flag\": 2, \"threshold\": 1e2, \"codes\": [], \"metric\": 7, \"n\": -0.125}",
        "{\"flag\": false, \"threshold\": \"3.14\", \"metric\": \"dup\", \"metric\": \"last\"}",
        "{\"flag\": \" true \", \"threshold\": -5}",
        "[1, 2, 3]",
        "\"text\"",
        "{}"
    })
    void everyParameterReadsAsInJacksonsTree(String json) throws Exception {
        IndicatorParams params = IndicatorParams.parse(json);
        JsonNode node = TREE.readTree(json);
        for (String name : NAMES) {
            JsonNode value = node.get(name);
            assertThat(params.strings(name)).as(name).isEqualTo(strings(value));
            assertThat(params.string(name)).as(name).isEqualTo(
                    value == null || value.isNull() || value.asText().isBlank() ? null : value.asText());
            assertThat(params.bool(name)).as(name).isEqualTo(value == null || value.isNull() ? null : value.asBoolean());
            BigDecimal expected = null;
            boolean fails = false;
            try {
                expected = value == null || value.isNull() ? null : new BigDecimal(value.asText());
            } catch (NumberFormatException e) {
                fails = true;
            }
            if (fails) {
                assertThatThrownBy(() -> params.decimal(name)).isInstanceOf(NumberFormatException.class);
            } else {
                assertThat(params.decimal(name)).as(name).isEqualTo(expected);
            }
        }
    }

    @Test
    void emptyParametersHaveNothingAndBrokenOnesAreRefused() {
        assertThat(IndicatorParams.parse(null).strings("codes")).isEmpty();
        assertThat(IndicatorParams.parse(" ").string("metric")).isNull();
        assertThatThrownBy(() -> IndicatorParams.parse("{\"metric\": ").string("metric"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> IndicatorParams.parse("{\"codes\": [\"A\"]}").required("metric"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Indicator parameter 'metric' is missing in {\"codes\": [\"A\"]}");
    }

    private static List<String> strings(JsonNode value) {
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
}
