package org.ecopark.ledger.logic.bench;

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
        BenchOptions options = new BenchOptions(work, 4, 1, null, 1, 30, LocalDate.of(2025, 12, 31),
                List.of("evaluation", "import", "export", "save"), true, out);

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
        assertThat(result.figures()).filteredOn(f -> f.name().equals("peak heap (after GC)")).hasSize(4)
                .allSatisfy(figure -> assertThat(figure.budget()).isEqualTo(Budget.PEAK_HEAP));
        assertThat(result.markdown().lines().filter(line -> line.startsWith("| ")).count())
                .isEqualTo(2 + result.figures().size());
    }

    @Test
    void theParkIsGeneratedOnceAndReused() throws Exception {
        BenchOptions options = new BenchOptions(work, 3, 1, null, 1, 10, LocalDate.of(2025, 12, 31), List.of(), true, null);

        BenchRunner.run(options);
        Path park = BenchPark.cached(work, 3, 1);
        long modified = Files.getLastModifiedTime(park).toMillis();
        BenchRunner.Result again = BenchRunner.run(options);

        assertThat(Files.getLastModifiedTime(park).toMillis()).isEqualTo(modified);
        assertThat(again.file().getFileName().toString()).startsWith("results-").endsWith(".md");
    }
}
