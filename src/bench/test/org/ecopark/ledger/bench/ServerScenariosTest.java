package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The scenarios the benchmark runs on a PostgreSQL server too, once at a tiny size on each database: the same code on
 * a copy of the park in an H2 file or in a server's database (nothing is timed here). On PostgreSQL the test needs
 * the tests' server ({@link TestServer}) and is skipped without it.
 */
class ServerScenariosTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

    @TempDir
    Path work;

    private BenchServer server;

    @AfterEach
    void dropTheRunsDatabases() throws IOException {
        if (server != null) {
            server.dropAll(BenchServer.runPrefix());
            BenchServer.usePassword(null);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void evaluationImportAndExportRunOnCopiesOfTheParkInEitherDatabase(Backend backend) throws Exception {
        BenchLedger park = park(backend);
        Path folder = work.resolve("3x1");
        List<String> notes = new ArrayList<>();

        List<Figure> evaluation = EvaluationScenario.run(park, folder, 1, AS_OF);
        List<Figure> imported = ImportScenario.run(park, folder, 1, 5, null, notes);
        List<Figure> exported = ExportScenario.run(park, folder, 1, AS_OF);

        assertThat(park.database()).isEqualTo(backend == Backend.H2 ? BenchLedger.H2 : BenchLedger.POSTGRESQL);
        assertThat(evaluation).hasSize(6).allSatisfy(figure -> {
            assertThat(figure.median()).isPositive();
            assertThat(figure.ratio()).isPositive();
        }).extracting(Figure::name).first().asString().startsWith("all 7 targets at 2025-12-31, cold");
        assertThat(imported.get(0)).satisfies(figure -> {
            assertThat(figure.name()).isEqualTo("5 statistics rows in 1 workbooks, checked and stored");
            assertThat(figure.floorName()).endsWith("each file forced to disk");
            assertThat(figure.ratio()).isPositive();
        });
        if (backend == Backend.H2) {
            // beside it, the same import against the floor's time without its forced write, which is shorter
            assertThat(imported).hasSize(2);
            assertThat(imported.get(1).name()).isEqualTo(ImportScenario.IN_MEMORY_ROW);
            assertThat(imported.get(1).median()).isEqualTo(imported.get(0).median());
            assertThat(imported.get(1).floorMedian()).isPositive().isLessThan(imported.get(0).floorMedian());
        } else {
            assertThat(imported).hasSize(1);
        }
        assertThat(exported).singleElement().satisfies(figure -> {
            assertThat(figure.name()).startsWith("package of 2025 (");
            assertThat(figure.ratio()).isPositive();
        });
        assertThat(notes).isEmpty();
        if (backend == Backend.H2) {
            assertThat(folder.resolve("evaluation/ledger.mv.db")).exists();
            assertThat(folder.resolve("import/product.mv.db")).exists();
            // the export's floor ran in a JVM of its own, on a copy of the park of its own
            assertThat(folder.resolve("export/" + ExportFloorMain.LEDGER + ".mv.db")).exists();
        } else {
            // the scenarios worked on copies made on the server, named after the park, and no H2 file
            String parkDatabase = ((BenchLedger.ServerCopy) park).address().database();
            assertThat(server.dropAll(parkDatabase + "_")).containsExactlyInAnyOrder(
                    parkDatabase + "_evaluation_ledger", parkDatabase + "_import_prepare",
                    parkDatabase + "_import_floor", parkDatabase + "_import_product", parkDatabase + "_export_ledger",
                    parkDatabase + "_export_floor_ledger");
            assertThat(folder.resolve("evaluation/ledger.mv.db")).doesNotExist();
            assertThat(folder.resolve("import/workbooks")).isNotEmptyDirectory();
        }
    }

    /** The generated park of 3 enterprises × 1 year in the backend's database. */
    private BenchLedger park(Backend backend) throws IOException {
        if (backend == Backend.H2) {
            return new BenchLedger.FileCopy(BenchPark.prepare(work, 3, 1, null));
        }
        server = new BenchServer(TestServer.require());
        BenchServer.usePassword(TestServer.password());
        return server.generatePark(3, 1);
    }
}
