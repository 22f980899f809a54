package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of a scenario's own JVM: runs one scenario and writes its figures, one a line, to the
 * file the benchmark reads back, then its notes (lines starting with {@link #NOTE}). Arguments: scenario, park (an H2
 * file, or a database on a PostgreSQL server: {@link BenchLedger#argument}, the password in the environment),
 * work folder, runs, as-of date, import rows, figures file, and LibreOffice's program or {@code -} for none.
 */
public final class ScenarioMain {

    static final String NOTE = "note\t";
    static final String NONE = "-";

    private ScenarioMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 8) {
            throw new IllegalArgumentException("scenario park work runs as-of import-rows figures-file soffice|-");
        }
        MemoryUse.watchCollections();
        List<String> notes = new ArrayList<>();
        List<Figure> figures = BenchRunner.runScenario(args[0], BenchLedger.of(args[1]), Path.of(args[2]),
                Integer.parseInt(args[3]), LocalDate.parse(args[4]), Integer.parseInt(args[5]),
                NONE.equals(args[7]) ? null : Path.of(args[7]), notes);
        List<String> lines = new ArrayList<>(figures.stream().map(Figure::toLine).toList());
        notes.forEach(note -> lines.add(NOTE + note.replace('\n', ' ')));
        Files.write(Path.of(args[6]), lines, StandardCharsets.UTF_8);
        System.exit(0); // H2's and POI's threads must not keep the JVM alive
    }
}
