package org.ecopark.ledger.logic.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How much memory this JVM has needed so far: the peak of the heap (the sum of the heap pools' peaks, so
 * an upper bound: the pools need not peak together) and the resident set's high-water mark, which Linux
 * keeps in {@code /proc/self/status} (absent elsewhere).
 */
public record MemoryUse(double peakHeapMegabytes, OptionalDouble residentMegabytes) {

    private static final Path STATUS = Path.of("/proc/self/status");

    public static MemoryUse now() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        OptionalDouble resident = OptionalDouble.empty();
        if (Files.isReadable(STATUS)) {
            try {
                resident = highWaterMark(Files.readAllLines(STATUS));
            } catch (IOException e) {
                resident = OptionalDouble.empty(); // the figure is then left out of the table
            }
        }
        return new MemoryUse(peak / 1024.0 / 1024, resident);
    }

    /** The {@code VmHWM:   123456 kB} line of a status file, in megabytes. */
    static OptionalDouble highWaterMark(List<String> statusLines) {
        for (String line : statusLines) {
            if (line.startsWith("VmHWM:")) {
                String[] parts = line.substring("VmHWM:".length()).trim().split("\\s+");
                return OptionalDouble.of(Long.parseLong(parts[0]) / 1024.0);
            }
        }
        return OptionalDouble.empty();
    }

    /** The scenario's two memory figures for the table. */
    public List<Figure> figures(String scenario) {
        Figure heap = Figure.megabytes(scenario, "peak heap", peakHeapMegabytes, Budget.PEAK_HEAP);
        return residentMegabytes.isPresent()
                ? List.of(heap, Figure.megabytes(scenario, "resident (VmHWM)", residentMegabytes.getAsDouble(), Budget.NONE))
                : List.of(heap);
    }
}
