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
        MemoryUse use = new MemoryUse(100, 300, MemoryUse.highWaterMark(List.of("Name:\tjava")));

        assertThat(use.figures("export")).extracting(Figure::name).containsExactly("peak heap (after GC)", "heap pools' peaks");
        assertThat(use.figures("export").get(0).budget()).isEqualTo(Budget.PEAK_HEAP);
    }

    @Test
    void theHeapOfThisJvmHasAPeak() {
        MemoryUse.watchCollections();
        System.gc();
        MemoryUse use = MemoryUse.now();

        assertThat(use.peakAfterCollectionMegabytes()).isPositive();
        assertThat(use.poolPeaksMegabytes()).isPositive();
    }
}
