package org.ecopark.ledger.logic.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The entry point of a scenario's own JVM: runs one scenario and writes its figures, one a line, to the
 * file the benchmark reads back. Arguments: scenario, park file, work folder, runs, as-of date, import
 * rows, figures file.
 */
public final class ScenarioMain {

    private ScenarioMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 7) {
            throw new IllegalArgumentException("scenario park work runs as-of import-rows figures-file");
        }
        MemoryUse.watchCollections();
        List<Figure> figures = BenchRunner.runScenario(args[0], Path.of(args[1]), Path.of(args[2]),
                Integer.parseInt(args[3]), LocalDate.parse(args[4]), Integer.parseInt(args[5]));
        Files.write(Path.of(args[6]), figures.stream().map(Figure::toLine).toList(), StandardCharsets.UTF_8);
        System.exit(0); // H2's and POI's threads must not keep the JVM alive
    }
}
