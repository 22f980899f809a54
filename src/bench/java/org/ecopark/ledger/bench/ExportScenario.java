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

/** The submission package of one year of the park, written as the export screen writes it. It has no floor. */
final class ExportScenario {

    static final String NAME = "export";

    private ExportScenario() {
    }

    static List<Figure> run(Path park, Path work, int runs, LocalDate asOf) throws IOException {
        Path folder = work.resolve(NAME);
        Path copy = BenchPark.copy(park, folder.resolve("ledger" + BenchPark.FILE_SUFFIX));
        try (Services services = Services.open(copy)) {
            ReportPeriod year = ReportPeriod.year(asOf.getYear());
            Path out = folder.resolve(BenchPark.parkCode() + "_" + year.code() + ".zip");
            List<Double> millis = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                ExportRequest request = new ExportRequest(BenchPark.parkCode(), year, asOf, null, false, "", "", out);
                long start = System.nanoTime();
                services.submissions().export(request, ExportProgress.NONE, () -> false);
                millis.add(Samples.millisSince(start));
            }
            String size = Samples.format(Files.size(out) / 1024.0 / 1024) + " MB";
            return List.of(Figure.timed(NAME, "package of " + year.code() + " (" + size + " zip)", millis, null, null,
                    Budget.EXPORT));
        }
    }
}
