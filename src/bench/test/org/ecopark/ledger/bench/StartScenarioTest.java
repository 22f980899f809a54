package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StartScenarioTest {

    @Test
    void theWindowsMilestonesAreReadAsKeyValueLines() {
        assertThat(StartScenario.parse(List.of("firstFrame=1700000000123", "", "peakHeapMb=98.5", "junk")))
                .containsEntry(StartScenario.FIRST_FRAME, 1.700000000123e12)
                .containsEntry(StartScenario.PEAK_HEAP, 98.5)
                .hasSize(2);
    }
}
