package org.ecopark.ledger.logic.bench;

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
                .contains("| start | first frame | 1200 ms | 1 | bare window | 1000 ms | 1.20× | ≤ 1.50× floor | yes |")
                .contains("| export | package of 2025 | 2500 ms | 1 |  |  |  | ≤ 2000 ms | **OVER** |")
                .contains("| export | resident (VmHWM) | 700 MB | 1 |  |  |  |  |  |")
                .contains("- start: skipped, no display");
        assertThat(table.lines().filter(line -> line.startsWith("| ")).count()).isEqualTo(2 + figures.size());
    }
}
