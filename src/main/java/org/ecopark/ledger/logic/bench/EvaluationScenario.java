package org.ecopark.ledger.logic.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.indicators.EvaluationService;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.persistence.BenchFloors;
import org.ecopark.ledger.persistence.Database;

/**
 * Evaluating every target of the park at one date, cold (after a write to the tables, so the aggregate
 * cache cannot answer) and warm, and one target's trajectory, against one hand-written SQL aggregate.
 */
final class EvaluationScenario {

    static final String NAME = "evaluation";
    private static final String FLOOR = "SQL: sum of a metric over the year (JDBC)";
    private static final String FLOOR_METRIC = "OUTPUT_VALUE";

    private EvaluationScenario() {
    }

    static List<Figure> run(Path park, Path work, int runs, LocalDate asOf) throws IOException {
        Path copy = BenchPark.copy(park, work.resolve(NAME).resolve("ledger" + BenchPark.FILE_SUFFIX));
        Database database = Database.open(copy);
        try (Services services = new Services(database)) {
            BenchFloors floors = new BenchFloors(database);
            EvaluationService evaluation = services.evaluation();
            String code = BenchPark.parkCode();
            LocalDate yearStart = asOf.withDayOfYear(1);
            List<Evaluation> all = evaluation.evaluatePark(code, asOf); // warms the JIT and H2's pages
            long targetId = all.stream().filter(e -> e.target().kind() == TargetKind.FLOW).findFirst()
                    .orElse(all.get(0)).target().id();
            floors.parkSum(code, FLOOR_METRIC, yearStart, asOf);
            List<Double> cold = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            List<Double> trajectory = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            for (int run = 0; run < runs; run++) {
                floors.touchIndicatorTables();
                long start = System.nanoTime();
                evaluation.evaluatePark(code, asOf);
                cold.add(Samples.millisSince(start));
                start = System.nanoTime();
                evaluation.evaluatePark(code, asOf);
                warm.add(Samples.millisSince(start));
                floors.touchIndicatorTables();
                start = System.nanoTime();
                evaluation.detail(targetId, asOf, PeriodType.MONTH, EvaluationService.DEFAULT_RECORD_LIMIT);
                trajectory.add(Samples.millisSince(start));
                floors.touchIndicatorTables();
                start = System.nanoTime();
                floors.parkSum(code, FLOOR_METRIC, yearStart, asOf);
                floor.add(Samples.millisSince(start));
            }
            return List.of(
                    Figure.timed(NAME, "all " + all.size() + " targets at " + asOf + ", cold", cold, FLOOR, floor,
                            Budget.EVALUATION),
                    Figure.timed(NAME, "all " + all.size() + " targets at " + asOf + ", warm", warm, FLOOR, floor,
                            Budget.EVALUATION),
                    Figure.timed(NAME, "trajectory of one target (detail), cold", trajectory, FLOOR, floor, Budget.NONE));
        }
    }
}
