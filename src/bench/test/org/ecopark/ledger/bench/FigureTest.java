package org.ecopark.ledger.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void aTimedFigureTakesTheMediansOfItsRunsAndOfItsFloor() {
        Figure figure = Figure.timed("import", "rows", List.of(300.0, 100.0, 200.0), "floor", List.of(100.0, 50.0, 400.0),
                Budget.IMPORT);

        assertThat(figure.median()).isEqualTo(200.0);
        assertThat(figure.floorMedian()).isEqualTo(100.0);
        assertThat(figure.runs()).isEqualTo(3);
        assertThat(figure.ratio()).isEqualTo(2.0);
        assertThat(figure.mark()).isEqualTo(Budget.Mark.OVER);
    }

    @Test
    void aFigureSurvivesTheTripFromItsScenarioProcess() {
        Figure withFloor = Figure.timed("evaluation", "all 7 targets, cold", List.of(12.5), "SQL sum", List.of(3.25),
                Budget.EVALUATION);
        Figure withoutFloor = Figure.megabytes("export", "peak heap", List.of(300.0, 310.0), Budget.PEAK_HEAP);

        assertThat(Figure.parse(withFloor.toLine())).isEqualTo(withFloor);
        assertThat(Figure.parse(withoutFloor.toLine())).isEqualTo(withoutFloor);
        assertThat(Figure.parse(withoutFloor.toLine()).ratio()).isNull();
    }

    @Test
    void aFailedScenarioHasNoValueIsOverAndSurvivesTheTripWithItsPark() {
        Figure failed = Figure.failed("import", "did not finish: out of memory with -Xmx512m").atPark("2000×5");

        assertThat(failed.isFailure()).isTrue();
        assertThat(failed.mark()).isEqualTo(Budget.Mark.OVER);
        assertThat(failed.ratio()).isNull();
        Figure back = Figure.parse(failed.toLine());
        assertThat(back.park()).isEqualTo("2000×5");
        assertThat(back.isFailure()).isTrue();
        assertThat(back.name()).isEqualTo(failed.name());
    }
}
