package org.ecopark.ledger.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.ecopark.ledger.model.ServerAddress;

/**
 * What to measure and where.
 *
 * @param work       the folder for the cached parks, the copies, the workbooks and the results
 * @param sizes      the parks' sizes in enterprises, each measured in turn (e.g. 200 and 2000)
 * @param source     a park generated before with the same size, copied instead of generating one; may be null,
 *                   only with a single size
 * @param importRows the import scenario's statistics rows at the largest size; a smaller park imports as many
 *                   in proportion to its enterprises ({@link #importRowsAt})
 * @param scenarios  which of {@link BenchRunner#SCENARIOS} to run
 * @param inProcess  run every scenario in this JVM (a quick check; its memory figures then add up)
 * @param out        the results file; null for {@code results-<date>.md} in {@code work}
 * @param soffice    LibreOffice's {@code soffice}, the import's peer; null to leave the peer out
 * @param server     a PostgreSQL server (a database there to connect to, and a user who may create databases) on
 *                   which the scenarios of {@link BenchRunner#SERVER_SCENARIOS} run too, beside H2; null for H2 only
 */
public record BenchOptions(Path work, List<Integer> sizes, int years, Path source, int runs, int importRows,
                           LocalDate asOf, List<String> scenarios, boolean inProcess, Path out, Path soffice,
                           ServerAddress server) {

    /** Options of a run on H2 only. */
    public BenchOptions(Path work, List<Integer> sizes, int years, Path source, int runs, int importRows,
                        LocalDate asOf, List<String> scenarios, boolean inProcess, Path out, Path soffice) {
        this(work, sizes, years, source, runs, importRows, asOf, scenarios, inProcess, out, soffice, null);
    }

    public BenchOptions {
        sizes = List.copyOf(sizes);
        if (runs < 1 || years < 1 || importRows < 1 || sizes.isEmpty() || sizes.stream().anyMatch(size -> size < 1)) {
            throw new IllegalArgumentException("runs, park sizes, years and import rows must be positive");
        }
        if (source != null && sizes.size() > 1) {
            throw new IllegalArgumentException("--park gives the park of one size: use it with a single size");
        }
        scenarios = List.copyOf(scenarios);
        for (String scenario : scenarios) {
            if (!BenchRunner.SCENARIOS.contains(scenario)) {
                throw new IllegalArgumentException("Unknown scenario " + scenario + "; known: " + BenchRunner.SCENARIOS);
            }
        }
    }

    /** The import's rows on a park of {@code enterprises}: {@link #importRows} scaled from the largest size (at least 1). */
    public int importRowsAt(int enterprises) {
        int largest = Collections.max(sizes);
        return (int) Math.max(1, Math.round((double) importRows * enterprises / largest));
    }

    /** Whether {@code scenario} runs on the PostgreSQL server too. */
    public boolean onServer(String scenario) {
        return server != null && BenchRunner.SERVER_SCENARIOS.contains(scenario);
    }

    /** How the table names a park: {@code 200×5} (enterprises × years). */
    public String label(int enterprises) {
        return enterprises + "×" + years;
    }
}
