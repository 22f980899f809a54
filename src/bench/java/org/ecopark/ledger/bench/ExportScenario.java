package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.submission.ExportProgress;
import org.ecopark.ledger.logic.submission.ExportRequest;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.persistence.Database;

/**
 * The submission package of one year of the park, written as the export screen writes it, against its floor
 * ({@link ExportFloor}) on the same open copy of the park. One untimed export first (class loading and the JIT,
 * and the parts the floor zips as the product wrote them); then floor and product runs alternate.
 */
final class ExportScenario {

    static final String NAME = "export";

    private ExportScenario() {
    }

    /** @param park the generated park, in the database measured: the scenario works on a copy of it */
    static List<Figure> run(BenchLedger park, Path work, int runs, LocalDate asOf) throws IOException {
        Path folder = work.resolve(NAME);
        Database database = park.copy(folder, "ledger").open();
        try (Services services = new Services(database)) {
            ReportPeriod year = ReportPeriod.year(asOf.getYear());
            Path out = folder.resolve(BenchPark.parkCode() + "_" + year.code() + ".zip");
            Path floorOut = folder.resolve("floor_" + year.code() + ".zip");
            ExportRequest request = new ExportRequest(BenchPark.parkCode(), year, asOf, null, false, "", "", out);
            services.submissions().export(request, ExportProgress.NONE, () -> false);
            ExportFloor floor = ExportFloor.prepare(out, folder.resolve("floor-parts"));
            floor.write(database, BenchPark.parkCode(), year.start(), year.end(), floorOut);
            List<Double> millis = new ArrayList<>();
            List<Double> floorMillis = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                floorMillis.add(floor.write(database, BenchPark.parkCode(), year.start(), year.end(), floorOut));
                long start = System.nanoTime();
                services.submissions().export(request, ExportProgress.NONE, () -> false);
                millis.add(Samples.millisSince(start));
            }
            if (!floor.dataSha256().equals(floor.productDataSha256())) {
                throw new IllegalStateException("The floor's data.json differs from the product's");
            }
            String size = Samples.format(Files.size(out) / 1024.0 / 1024) + " MB";
            return List.of(Figure.timed(NAME, "package of " + year.code() + " (" + size + " zip)", millis,
                    ExportFloor.NAME, floorMillis, Budget.EXPORT_FLOOR));
        }
    }
}
