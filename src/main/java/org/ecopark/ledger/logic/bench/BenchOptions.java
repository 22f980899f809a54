package org.ecopark.ledger.logic.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What to measure and where.
 *
 * @param work       the folder for the cached park, the copies, the workbooks and the results
 * @param source     a park generated before with the same size, copied instead of generating one; may be null
 * @param scenarios  which of {@link BenchRunner#SCENARIOS} to run
 * @param inProcess  run every scenario in this JVM (a quick check; its memory figures then add up)
 * @param out        the results file; null for {@code results-<date>.md} in {@code work}
 */
public record BenchOptions(Path work, int enterprises, int years, Path source, int runs, int importRows,
                           LocalDate asOf, List<String> scenarios, boolean inProcess, Path out) {

    public BenchOptions {
        if (runs < 1 || enterprises < 1 || years < 1 || importRows < 1) {
            throw new IllegalArgumentException("runs, enterprises, years and import rows must be positive");
        }
        scenarios = List.copyOf(scenarios);
        for (String scenario : scenarios) {
            if (!BenchRunner.SCENARIOS.contains(scenario)) {
                throw new IllegalArgumentException("Unknown scenario " + scenario + "; known: " + BenchRunner.SCENARIOS);
            }
        }
    }
}
