package org.ecopark.ledger.logic.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MemoryUseTest {

    @Test
    void theResidentHighWaterMarkIsReadFromTheStatusFileInMegabytes() {
        List<String> status = List.of("Name:\tjava", "VmPeak:\t 9000000 kB", "VmHWM:\t  524288 kB", "VmRSS:\t  400000 kB");

        assertThat(MemoryUse.highWaterMark(status)).hasValue(512.0);
    }

    @Test
    void withoutAHighWaterMarkThereIsNoResidentFigure() {
        MemoryUse use = new MemoryUse(100, MemoryUse.highWaterMark(List.of("Name:\tjava")));

        assertThat(use.figures("export")).extracting(Figure::name).containsExactly("peak heap");
    }

    @Test
    void theHeapOfThisJvmHasAPeak() {
        assertThat(MemoryUse.now().peakHeapMegabytes()).isPositive();
    }
}
