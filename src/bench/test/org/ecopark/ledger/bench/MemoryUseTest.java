package org.ecopark.ledger.bench;

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

        assertThat(use.figures("export")).extracting(Figure::name)
                .allSatisfy(name -> assertThat(name).endsWith(MemoryUse.heapLimit(
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments())))
                .satisfiesExactly(name -> assertThat(name).startsWith("peak heap (after GC), "),
                        name -> assertThat(name).startsWith("heap pools' peaks, "));
        assertThat(use.figures("export").get(0).budget()).isEqualTo(Budget.PEAK_HEAP);
    }

    @Test
    void theFiguresNameTheHeapLimitTheJvmRanWith() {
        assertThat(MemoryUse.heapLimit(List.of("-Dx=1", "-Xmx2g", "-Xmx512m"))).isEqualTo(", with -Xmx512m");
        assertThat(MemoryUse.heapLimit(List.of("-Xms64m"))).isEqualTo(", default heap");
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
