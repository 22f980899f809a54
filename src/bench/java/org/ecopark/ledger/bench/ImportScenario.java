package org.ecopark.ledger.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.collection.CollectionProgress;
import org.ecopark.ledger.logic.collection.ImportOptions;
import org.ecopark.ledger.logic.collection.ImportPlan;
import org.ecopark.ledger.logic.collection.ImportProblem;
import org.ecopark.ledger.logic.collection.ImportService;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Database;

/**
 * Statistics workbooks read, checked and stored through the product's import (analyse, then commit with
 * every warning explained), against the floor: a streaming POI read of the same files and a JDBC batch
 * insert of the same rows, each file's rows committed and forced onto the disk as the product's are (an import the
 * program acknowledges survives a crash a moment later). The floor's time without that forced write is shown too, as
 * an informative row. Both start from a fresh copy of the park; opening the database is not timed.
 * Floor and product runs alternate, so that neither gets the warmer machine.
 */
final class ImportScenario {

    static final String NAME = "import";
    private static final String FLOOR = "streaming POI read + JDBC batch insert, each file forced to disk";
    private static final String FLOOR_IN_MEMORY = "streaming POI read + JDBC batch insert, not forced to disk";
    static final String IN_MEMORY_ROW = "the same import, against the floor not forced to disk (informative)";
    private static final String EXPLANATION = "benchmark";

    private ImportScenario() {
    }

    /**
     * @param generated the generated park, in the database measured: the scenario works on copies of it
     * @param soffice the peer's program, null to leave the peer out; a peer that fails costs only its own row
     * @param notes   where a failure of the peer is told
     */
    static List<Figure> run(BenchLedger generated, Path work, int runs, int wantedRows, Path soffice, List<String> notes)
            throws IOException {
        Path folder = work.resolve(NAME);
        List<ImportWorkbooks.Workbook> workbooks;
        // the ledger that makes the workbooks is the one that imports them: it holds the secret of their seal
        BenchLedger park = generated.copy(folder, "prepare");
        try (Services services = park.services(Clock.systemDefaultZone())) {
            workbooks = ImportWorkbooks.write(services, folder.resolve("workbooks"), wantedRows);
        }
        int rows = workbooks.stream().mapToInt(ImportWorkbooks.Workbook::rows).sum();
        List<Path> files = workbooks.stream().map(ImportWorkbooks.Workbook::file).toList();
        // untimed, with the first workbook only: class loading and the JIT are not what is measured
        List<ImportWorkbooks.Workbook> first = workbooks.subList(0, 1);
        floor(park.copy(folder, "floor"), first);
        product(park.copy(folder, "product"), first, new long[1]);
        LibreOfficePeer peer = soffice == null ? null : new LibreOfficePeer(soffice, folder.resolve("libreoffice"));
        List<Double> peerMillis = new ArrayList<>();
        try {
            if (peer != null) {
                peer.prepare(files);
            }
        } catch (IOException | InterruptedException e) {
            peer = failedPeer(e, notes);
        }
        List<Double> product = new ArrayList<>();
        List<Double> floor = new ArrayList<>();
        List<Double> floorInMemory = new ArrayList<>();
        long stored = 0;
        for (int run = 0; run < runs; run++) {
            FloorTime time = floor(park.copy(folder, "floor"), workbooks);
            floor.add(time.millis());
            floorInMemory.add(time.millis() - time.forcingMillis());
            long[] written = new long[1];
            product.add(product(park.copy(folder, "product"), workbooks, written));
            stored = written[0];
            try {
                if (peer != null) {
                    peerMillis.add(peer.time(files));
                }
            } catch (IOException | InterruptedException e) {
                peer = failedPeer(e, notes);
                peerMillis.clear();
            }
        }
        if (stored != rows) {
            throw new IllegalStateException("The import stored " + stored + " of " + rows + " rows");
        }
        String imported = rows + " statistics rows in " + workbooks.size() + " workbooks, checked and stored";
        List<Figure> figures = new ArrayList<>(List.of(Figure.timed(NAME, imported, product, FLOOR, floor, Budget.IMPORT)));
        if (generated.database().equals(BenchLedger.H2)) {
            // a server's commit is durable when it returns: there the floor forces nothing
            figures.add(Figure.timed(NAME, IN_MEMORY_ROW, product, FLOOR_IN_MEMORY, floorInMemory, Budget.NONE));
        }
        if (!peerMillis.isEmpty()) {
            figures.add(Figure.timed(NAME, "the same import, against a peer (informative)", product, LibreOfficePeer.NAME,
                    peerMillis, Budget.NONE));
        }
        return figures;
    }

    private static LibreOfficePeer failedPeer(Exception e, List<String> notes) {
        if (e instanceof InterruptedException) {
            Thread.currentThread().interrupt();
        }
        notes.add("import: the LibreOffice peer failed, " + e.getMessage());
        return null;
    }

    /** The product's import of every workbook; returns milliseconds, {@code stored[0]} the rows written. */
    private static double product(BenchLedger ledger, List<ImportWorkbooks.Workbook> workbooks, long[] stored) {
        try (Services services = ledger.services(ImportWorkbooks.AFTER_THE_MONTHS)) {
            Park park = services.parks().selectedPark().orElseThrow();
            ImportService imports = services.collection().imports();
            long start = System.nanoTime();
            for (ImportWorkbooks.Workbook workbook : workbooks) {
                ImportPlan plan = imports.analyse(workbook.file(), new ImportOptions(park, workbook.period()), () -> false);
                Map<String, String> explanations = new HashMap<>();
                for (ImportProblem warning : plan.warnings()) {
                    explanations.put(warning.warningId(), EXPLANATION);
                }
                var result = imports.commit(plan, explanations, false, CollectionProgress.NONE, () -> false);
                stored[0] += result.inserted() + result.updated();
            }
            return Samples.millisSince(start);
        }
    }

    /** A run of the floor: its milliseconds, of which those forcing the rows onto the disk. */
    private record FloorTime(double millis, double forcingMillis) {
    }

    /**
     * The floor: read each file with POI's event reader, insert its rows with one JDBC batch and commit, then force
     * them onto the disk.
     */
    private static FloorTime floor(BenchLedger ledger, List<ImportWorkbooks.Workbook> workbooks) throws IOException {
        try (Database opened = ledger.open()) {
            SqlFloors floors = new SqlFloors(opened);
            double forcing = 0;
            long start = System.nanoTime();
            Map<String, Long> enterprises = floors.enterpriseIds(BenchPark.parkCode());
            Map<String, Long> metrics = floors.metricIds();
            for (ImportWorkbooks.Workbook workbook : workbooks) {
                List<SqlFloors.StatRow> rows = new ArrayList<>();
                for (StreamingStatReader.Row row : StreamingStatReader.read(workbook.file())) {
                    rows.add(new SqlFloors.StatRow(enterprises.get(row.uscc()), metrics.get(row.metricCode()),
                            workbook.period().type().name(), workbook.period().start(), workbook.period().end(), row.value()));
                }
                floors.insertStats(rows);
                long committed = System.nanoTime();
                floors.forceToDisk();
                forcing += Samples.millisSince(committed);
            }
            return new FloorTime(Samples.millisSince(start), forcing);
        }
    }
}
