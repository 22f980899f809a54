package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    private static final Machine MACHINE = new Machine(2, 8L * 1024 * 1024 * 1024, "Linux 6.1 (amd64)", "OpenJDK 17");

    @Test
    void theTableShowsTheMachineAndOneRowPerFigureWithItsRatioAndMark() {
        List<Figure> figures = List.of(
                Figure.timed("start", "first frame", List.of(1200.0), "bare window", List.of(1000.0), Budget.FIRST_FRAME),
                Figure.timed("export", "package of 2025", List.of(2500.0), null, null, Budget.EXPORT),
                Figure.megabytes("export", "resident (VmHWM)", 700, Budget.NONE));

        String table = ResultTable.markdown("Run 1", MACHINE, figures, List.of("start: skipped, no display"));

        assertThat(table).startsWith("## Run 1\n")
                .contains("Machine: 2 cores, 8 GB RAM, Linux 6.1 (amd64), OpenJDK 17")
                .contains("| start |  | first frame | 1200 ms | 1 | bare window | 1000 ms | 1.20× | ≤ 1.50× floor | yes |")
                .contains("| export |  | package of 2025 | 2500 ms | 1 |  |  |  | ≤ 2000 ms | **OVER** |")
                .contains("| export |  | resident (VmHWM) | 700 MB | 1 |  |  |  |  |  |")
                .contains("- start: skipped, no display");
        assertThat(table.lines().filter(line -> line.startsWith("| ")).count()).isEqualTo(2 + figures.size());
    }

    @Test
    void eachFigureOnTheServerStandsBesideTheSameFigureOnH2WithTheirRatio() {
        List<Figure> h2 = List.of(
                Figure.timed("export", "package of 2025 (1 MB zip)", List.of(400.0), "floor", List.of(200.0), Budget.EXPORT_FLOOR).atPark("200×5"),
                Figure.timed("export", "the same export, against a peer (informative)", List.of(900.0), null, null,
                        Budget.NONE).atPark("200×5"),
                Figure.megabytes("export", "peak heap", 100, Budget.PEAK_HEAP).atPark("200×5"),
                Figure.timed("start", "first frame", List.of(700.0), null, null, Budget.NONE).atPark("200×5"));
        List<Figure> server = List.of(
                Figure.timed("export", "package of 2025 (1.1 MB zip)", List.of(1000.0), "floor", List.of(250.0), Budget.EXPORT_FLOOR).atPark("200×5"),
                Figure.megabytes("export", "peak heap", 50, Budget.PEAK_HEAP).atPark("200×5"));

        String table = ResultTable.markdown("Both", MACHINE, h2, server, List.of("a note"));

        String besideH2 = table.substring(table.indexOf("### H2 and PostgreSQL, the same run"), table.indexOf("- a note"));
        assertThat(besideH2)
                .contains("| scenario | park | figure | H2 | PostgreSQL | PostgreSQL / H2 | runs |")
                .contains("| export | 200×5 | package of 2025 (1 MB zip) (PostgreSQL: package of 2025 (1.1 MB zip)) | 400 ms "
                        + "| 1000 ms | 2.50× | 1 | 250 ms | 4× | **OVER** |")
                .contains("| export | 200×5 | peak heap | 100 MB | 50 MB | 0.500× | 1 |  |  | yes |")
                .as("a figure only H2 has stands beside nothing").doesNotContain("against a peer")
                .doesNotContain("first frame");
        assertThat(table.indexOf("| export | 200×5 | package of 2025 (1 MB zip) | 400 ms |")).isLessThan(table.indexOf("### H2"));
        assertThat(ResultTable.figureLines(h2, server).lines())
                .containsExactly("database\tscenario\tpark\tfigure\tunit\tmedian\truns\tfloor\tfloor median\tbudget",
                        "H2\t" + h2.get(0).toLine(), "H2\t" + h2.get(1).toLine(), "H2\t" + h2.get(2).toLine(),
                        "H2\t" + h2.get(3).toLine(),
                        "PostgreSQL\t" + server.get(0).toLine(), "PostgreSQL\t" + server.get(1).toLine());
        assertThat(ResultTable.markdown("H2 only", MACHINE, h2, List.of())).doesNotContain("PostgreSQL");
    }

    @Test
    void theSameFigureOfEachParkSizeStandsUnderTheOtherAndAFailureIsOver() {
        List<Figure> figures = List.of(
                Figure.timed("export", "package of 2025 (1 MB zip)", List.of(300.0), null, null, Budget.EXPORT).atPark("200×5"),
                Figure.megabytes("export", "peak heap", 100, Budget.PEAK_HEAP).atPark("200×5"),
                Figure.timed("import", "10000 rows", List.of(900.0), "floor", List.of(600.0), Budget.IMPORT).atPark("200×5"),
                Figure.timed("export", "package of 2025 (9 MB zip)", List.of(2400.0), null, null, Budget.EXPORT).atPark("2000×5"),
                Figure.megabytes("export", "peak heap", 400, Budget.PEAK_HEAP).atPark("2000×5"),
                Figure.failed("import", BenchRunner.OUT_OF_MEMORY).atPark("2000×5"));

        String table = ResultTable.markdown("Sizes", MACHINE, figures, List.of());

        assertThat(table.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| scenario")
                && !line.startsWith("| ---")).map(line -> line.split(" \\| ")[1] + " " + line.split(" \\| ")[2].split(" ")[0]))
                .containsExactly("200×5 package", "2000×5 package", "200×5 peak", "2000×5 peak", "200×5 10000",
                        "2000×5 did");
        assertThat(table).contains("| scenario | park | figure | median |")
                .contains("| export | 2000×5 | package of 2025 (9 MB zip) | 2400 ms | 1 |  |  |  | ≤ 2000 ms | **OVER** |")
                .contains("| import | 2000×5 | did not finish: out of memory with -Xmx512m | — | 0 |  |  |  |  | **OVER** |");
    }
}
