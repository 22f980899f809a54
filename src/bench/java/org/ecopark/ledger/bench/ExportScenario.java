package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.ExportRequest;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.persistence.Database;

/**
 * The submission package of one year of the park, written as the export screen writes it, against its floor
 * ({@link ExportFloor}). One untimed export first (class loading and the JIT, and the parts the floor zips as the
 * product wrote them), then the timed ones; then the floor in a JVM of its own ({@link ExportFloorMain}) on its own
 * copy of the park: run in this one, each of the two would be compiled with the other's profile of the same POI code.
 */
final class ExportScenario {

    static final String NAME = "export";

    private static final long FLOOR_TIMEOUT_MINUTES = 30;

    private ExportScenario() {
    }

    /** @param park the generated park, in the database measured: the scenario works on copies of it */
    static List<Figure> run(BenchLedger park, Path work, int runs, LocalDate asOf) throws IOException {
        Path folder = work.resolve(NAME);
        Database database = park.copy(folder, "ledger").open();
        ReportPeriod year = ReportPeriod.year(asOf.getYear());
        Path out = folder.resolve(BenchPark.parkCode() + "_" + year.code() + ".zip");
        List<Double> millis = new ArrayList<>();
        try (Services services = new Services(database)) {
            ExportRequest request = new ExportRequest(BenchPark.parkCode(), year, asOf, null, false, "", "", out);
            services.submissions().export(request, ExportProgress.NONE, () -> false);
            for (int run = 0; run < runs; run++) {
                long start = System.nanoTime();
                services.submissions().export(request, ExportProgress.NONE, () -> false);
                millis.add(Samples.millisSince(start));
            }
        }
        List<Double> floorMillis = floorInOwnJvm(park, folder, out, runs, asOf);
        String size = Samples.format(Files.size(out) / 1024.0 / 1024) + " MB";
        return List.of(Figure.timed(NAME, "package of " + year.code() + " (" + size + " zip)", millis,
                ExportFloor.NAME, floorMillis, Budget.EXPORT_FLOOR));
    }

    /** The floor's timed runs, from {@link ExportFloorMain} in a JVM as the benchmark starts its scenarios'. */
    private static List<Double> floorInOwnJvm(BenchLedger park, Path folder, Path productPackage, int runs,
                                              LocalDate asOf) throws IOException {
        Path millis = folder.resolve("floor-millis.txt");
        Path log = folder.resolve("floor.log");
        Files.deleteIfExists(millis);
        ProcessBuilder builder = BenchRunner.ledgerJvm(folder, park, log, ExportFloorMain.class, List.of(park.argument(),
                folder.toString(), productPackage.toString(), Integer.toString(runs), asOf.toString(), millis.toString()));
        try {
            Process process = builder.start();
            if (!process.waitFor(FLOOR_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("The export's floor did not finish in " + FLOOR_TIMEOUT_MINUTES + " minutes; see " + log);
            }
            if (process.exitValue() != 0 || !Files.exists(millis)) {
                throw new IOException("The export's floor failed (exit " + process.exitValue() + "); see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while the export's floor ran", e);
        }
        return Files.readAllLines(millis, StandardCharsets.UTF_8).stream().map(Double::valueOf).toList();
    }
}
