package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole benchmark on a tiny park, in this JVM: every scenario runs and fills its rows (nothing is timed). */
class BenchRunnerTest {

    @TempDir
    Path work;

    @Test
    void aQuickRunWritesATableWithEveryScenariosFigures() throws Exception {
        Path out = work.resolve("results.md");
        BenchOptions options = new BenchOptions(work, List.of(4), 1, null, 1, 30, LocalDate.of(2025, 12, 31),
                List.of("evaluation", "import", "export", "save"), true, out, null);

        BenchRunner.Result result = BenchRunner.run(options);
        String warmedUp = "after " + EvaluationScenario.WARM_UP_ROUNDS + " rounds";

        assertThat(result.file()).isEqualTo(out);
        assertThat(Files.readString(out)).isEqualTo(result.markdown()).contains("Machine: ");
        assertThat(result.figures()).extracting(Figure::scenario).contains("evaluation", "import", "export", "save");
        assertThat(result.figures()).filteredOn(f -> f.unit().equals("ms"))
                .allSatisfy(figure -> assertThat(figure.median()).isPositive())
                .extracting(Figure::name)
                .anyMatch(name -> name.contains("targets") && name.endsWith("cold, fresh JVM"))
                .anyMatch(name -> name.contains("targets") && name.endsWith("warm, fresh JVM"))
                .anyMatch(name -> name.contains("targets") && name.endsWith("cold, " + warmedUp))
                .anyMatch(name -> name.contains("targets") && name.endsWith("warm, " + warmedUp))
                .anyMatch(name -> name.startsWith("trajectory") && name.endsWith("fresh JVM"))
                .anyMatch(name -> name.startsWith("trajectory") && name.endsWith(warmedUp))
                .anyMatch(name -> name.contains("statistics rows"))
                .anyMatch(name -> name.startsWith("package of 2025"));
        assertThat(result.figures()).filteredOn(f -> f.floorName() != null)
                .allSatisfy(figure -> assertThat(figure.ratio()).isPositive());
        assertThat(result.figures()).filteredOn(f -> f.unit().equals(SaveScenario.RATE)).singleElement()
                .satisfies(saves -> {
                    assertThat(saves.median()).isPositive();
                    assertThat(saves.floorName()).contains("no sync");
                });
        assertThat(result.figures()).extracting(Figure::park).containsOnly("4×1");
        assertThat(result.markdown()).contains("LibreOffice peer skipped");
        assertThat(result.figures()).filteredOn(f -> f.name().startsWith("peak heap (after GC), ")).hasSize(4)
                .allSatisfy(figure -> assertThat(figure.budget()).isEqualTo(Budget.PEAK_HEAP));
        assertThat(result.markdown().lines().filter(line -> line.startsWith("| ")).count())
                .isEqualTo(2 + result.figures().size());
    }

    @Test
    void theParkIsGeneratedOnceAndReused() throws Exception {
        BenchOptions options = new BenchOptions(work, List.of(3), 1, null, 1, 10, LocalDate.of(2025, 12, 31), List.of(), true,
                null, null);

        BenchRunner.run(options);
        Path park = BenchPark.cached(work, 3, 1);
        long modified = Files.getLastModifiedTime(park).toMillis();
        BenchRunner.Result again = BenchRunner.run(options);

        assertThat(Files.getLastModifiedTime(park).toMillis()).isEqualTo(modified);
        assertThat(again.file().getFileName().toString()).startsWith("results-").endsWith(".md");
    }

    @Test
    void eachParkSizeIsMeasuredAndItsRowsStandUnderTheOtherSizes() throws Exception {
        BenchOptions options = new BenchOptions(work, List.of(3, 6), 1, null, 1, 10, LocalDate.of(2025, 12, 31),
                List.of("import"), true, work.resolve("sizes.md"), null);

        BenchRunner.Result result = BenchRunner.run(options);

        assertThat(BenchPark.cached(work, 3, 1)).exists();
        assertThat(BenchPark.cached(work, 6, 1)).exists();
        assertThat(result.figures()).filteredOn(f -> f.name().contains("statistics rows"))
                .extracting(Figure::park, Figure::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("3×1", "5 statistics rows in 1 workbooks, checked and stored"),
                        org.assertj.core.groups.Tuple.tuple("6×1", "10 statistics rows in 1 workbooks, checked and stored"));
        List<String> rows = result.markdown().lines().filter(line -> line.startsWith("| import |")).toList();
        assertThat(rows.get(0)).startsWith("| import | 3×1 | 5 statistics rows");
        assertThat(rows.get(1)).startsWith("| import | 6×1 | 10 statistics rows");
        assertThat(result.markdown()).contains("of 3 and 6 enterprises × 1 years")
                .contains("10 statistics rows at the largest park, in proportion to the enterprises at a smaller one "
                        + "(5 at 3×1, 10 at 6×1)");
    }

    @Test
    void withAServerItsScenariosRunThereTooAndEachFigureStandsBesideH2s() throws Exception {
        org.ecopark.ledger.model.ServerAddress address = org.ecopark.ledger.persistence.TestServer.require();
        BenchServer.usePassword(org.ecopark.ledger.persistence.TestServer.password());
        try {
            BenchOptions options = new BenchOptions(work, List.of(3), 1, null, 1, 10, LocalDate.of(2025, 12, 31),
                    List.of("evaluation", "import", "save"), true, work.resolve("server.md"), null, address);

            BenchRunner.Result result = BenchRunner.run(options);

            assertThat(result.serverFigures()).extracting(Figure::scenario).containsOnly("evaluation", "import");
            assertThat(result.serverFigures()).extracting(Figure::scenario, Figure::park, Figure::name)
                    // the import's floor not forced to disk is H2's alone: a server's commit is durable when it returns
                    .containsExactlyElementsOf(result.figures().stream().filter(f -> !f.scenario().equals("save"))
                            .filter(f -> !f.name().equals(ImportScenario.IN_MEMORY_ROW))
                            .map(f -> org.assertj.core.groups.Tuple.tuple(f.scenario(), f.park(), f.name())).toList());
            assertThat(result.serverFigures()).filteredOn(f -> f.unit().equals("ms"))
                    .allSatisfy(figure -> assertThat(figure.median()).isPositive());
            String besideH2 = result.markdown().substring(result.markdown().indexOf("### H2 and PostgreSQL, the same run"));
            assertThat(besideH2.lines().filter(line -> line.startsWith("| evaluation | 3×1 | all 7 targets")
                    || line.startsWith("| import | 3×1 | 10 statistics rows"))).hasSize(5)
                    .allSatisfy(line -> assertThat(line.split(" \\| ")[5]).endsWith("×"));
            assertThat(besideH2).doesNotContain("| save |");
            assertThat(result.markdown()).contains("3×1, PostgreSQL: the park generated into ecopark_bench_");
            assertThat(Files.readAllLines(result.figuresFile())).hasSize(1 + result.figures().size()
                    + result.serverFigures().size()).anyMatch(line -> line.startsWith("PostgreSQL\timport\t3×1\t"));
            // every database the run made on the server is gone
            assertThat(new BenchServer(address).dropAll(BenchServer.runPrefix())).isEmpty();
        } finally {
            BenchServer.usePassword(null);
        }
    }

    @Test
    void aJvmThatRanOutOfMemoryIsToldFromItsLog() throws Exception {
        Path log = work.resolve("import.log");
        Files.writeString(log, "Terminating due to java.lang.OutOfMemoryError: Java heap space\n");
        Path clean = work.resolve("export.log");
        Files.writeString(clean, "INFO done\n");

        assertThat(BenchRunner.ranOutOfMemory(log)).isTrue();
        assertThat(BenchRunner.ranOutOfMemory(clean)).isFalse();
        assertThat(BenchRunner.ranOutOfMemory(work.resolve("missing.log"))).isFalse();
    }
}
