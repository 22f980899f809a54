package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.persistence.Database;

/**
 * The export's floor in a JVM of its own ({@link ExportScenario}): the floor and the product write their sheets with
 * the same POI classes, and run in one JVM each one's code would be compiled with the other's profile. On its own
 * copy of the park, with the parts taken from the product's package: one untimed write, then {@code runs} timed
 * ones, their milliseconds written one a line. Arguments: park, work folder, the product's package, runs, as-of date,
 * the file of the milliseconds. Fails when the floor's data.json is not the product's to the byte.
 */
public final class ExportFloorMain {

    static final String LEDGER = "floor-ledger";

    private ExportFloorMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 6) {
            throw new IllegalArgumentException("park work product-package runs as-of millis-file");
        }
        Path folder = Path.of(args[1]);
        int runs = Integer.parseInt(args[3]);
        ReportPeriod year = ReportPeriod.year(LocalDate.parse(args[4]).getYear());
        List<String> millis = new ArrayList<>();
        try (Database database = BenchLedger.of(args[0]).copy(folder, LEDGER).open()) {
            ExportFloor floor = ExportFloor.prepare(Path.of(args[2]), folder.resolve("floor-parts"));
            Path out = folder.resolve("floor_" + year.code() + ".zip");
            floor.write(database, BenchPark.parkCode(), year.start(), year.end(), out);
            for (int run = 0; run < runs; run++) {
                millis.add(Double.toString(floor.write(database, BenchPark.parkCode(), year.start(), year.end(), out)));
            }
            if (!floor.dataSha256().equals(floor.productDataSha256())) {
                throw new IllegalStateException("The floor's data.json differs from the product's");
            }
        }
        Files.write(Path.of(args[5]), millis, StandardCharsets.UTF_8);
        System.exit(0); // H2's and POI's threads must not keep the JVM alive
    }
}
