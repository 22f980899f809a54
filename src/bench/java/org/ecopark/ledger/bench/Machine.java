package org.ecopark.ledger.bench;

import java.lang.management.ManagementFactory;

/** The machine a run measured, printed on its table so that runs on different machines are not compared blindly. */
public record Machine(int cores, long memoryBytes, String os, String java) {

    public static Machine current() {
        long memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getTotalMemorySize() : -1;
        return new Machine(Runtime.getRuntime().availableProcessors(), memory,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch") + ")",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    }

    /** e.g. {@code 2 cores, 23.4 GB RAM, Linux 6.1 (amd64), OpenJDK 64-Bit Server VM 17.0.9+9}. */
    public String describe() {
        String memory = memoryBytes < 0 ? "RAM unknown" : Samples.format(memoryBytes / 1024.0 / 1024 / 1024) + " GB RAM";
        return cores + " cores, " + memory + ", " + os + ", " + java;
    }
}
