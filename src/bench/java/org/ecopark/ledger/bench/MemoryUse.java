package org.ecopark.ledger.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * How much memory this JVM has needed so far. The budgeted figure is the largest heap still in use right
 * after a collection (what the program really held; {@link #watchCollections()} must run first): with a
 * heap larger than the program needs, the collector lets garbage pile up, so the pools' own peaks, shown beside it, say
 * more about the collector than about the program. The resident set's high-water mark comes from
 * {@code /proc/self/status} (Linux only).
 */
public record MemoryUse(double peakAfterCollectionMegabytes, double poolPeaksMegabytes, OptionalDouble residentMegabytes) {

    private static final Path STATUS = Path.of("/proc/self/status");
    private static final AtomicLong PEAK_AFTER_COLLECTION = new AtomicLong();
    private static boolean watching;

    /** Starts noting the heap in use after each collection; call once, early. */
    public static synchronized void watchCollections() {
        if (watching) {
            return;
        }
        watching = true;
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        Map<String, MemoryUsage> after = GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData()).getGcInfo().getMemoryUsageAfterGc();
                        long used = after.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        PEAK_AFTER_COLLECTION.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
    }

    public static MemoryUse now() {
        long pools = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pools += pool.getPeakUsage().getUsed();
            }
        }
        // without a collection yet, what is in use now is all that is known (an upper bound)
        long live = Math.max(PEAK_AFTER_COLLECTION.get(), PEAK_AFTER_COLLECTION.get() == 0
                ? ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() : 0);
        OptionalDouble resident = OptionalDouble.empty();
        if (Files.isReadable(STATUS)) {
            try {
                resident = highWaterMark(Files.readAllLines(STATUS));
            } catch (IOException e) {
                resident = OptionalDouble.empty(); // the figure is then left out of the table
            }
        }
        return new MemoryUse(megabytes(live), megabytes(pools), resident);
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

    /** The scenario's memory figures for the table, named with this JVM's heap limit. */
    public List<Figure> figures(String scenario) {
        String heap = heapLimit(ManagementFactory.getRuntimeMXBean().getInputArguments());
        Figure live = Figure.megabytes(scenario, PEAK_HEAP + heap, peakAfterCollectionMegabytes, Budget.PEAK_HEAP);
        Figure pools = Figure.megabytes(scenario, POOL_PEAKS + heap, poolPeaksMegabytes, Budget.NONE);
        return residentMegabytes.isPresent()
                ? List.of(live, pools, Figure.megabytes(scenario, RESIDENT + heap, residentMegabytes.getAsDouble(), Budget.NONE))
                : List.of(live, pools);
    }

    /** How a memory figure names the heap limit its JVM ran with: {@code , with -Xmx512m}, or the default's. */
    static String heapLimit(List<String> jvmArguments) {
        String limit = null;
        for (String argument : jvmArguments) {
            if (argument.startsWith("-Xmx")) {
                limit = argument; // the last one counts, as for the JVM
            }
        }
        return limit == null ? ", default heap" : ", with " + limit;
    }

    static final String PEAK_HEAP = "peak heap (after GC)";
    static final String POOL_PEAKS = "heap pools' peaks";
    static final String RESIDENT = "resident (VmHWM)";

    private static double megabytes(long bytes) {
        return bytes / 1024.0 / 1024;
    }
}
