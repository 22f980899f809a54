package org.ecopark.ledger.bench;

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
import org.ecopark.ledger.persistence.Database;

/**
 * Evaluating every target of the park at one date, cold (after a write to the tables, so the aggregate
 * cache cannot answer) and warm, and one target's trajectory, against one hand-written SQL aggregate. Measured
 * twice: in a fresh JVM (the runs right after the first evaluation, while most of the code still runs
 * interpreted: what a user meets in the first minutes of a session) and once the JIT has compiled it (after
 * {@link #WARM_UP_ROUNDS} rounds, as a program open for a while runs it). The floor is measured in the same
 * rounds, so each ratio compares like with like.
 */
final class EvaluationScenario {

    static final String NAME = "evaluation";
    /** Rounds of every measured step run, unmeasured, between the fresh and the compiled measurements. */
    static final int WARM_UP_ROUNDS = 30;
    private static final String FLOOR = "SQL: sum of a metric over the year (JDBC)";
    private static final String FLOOR_METRIC = "OUTPUT_VALUE";

    /** The times of one set of runs. */
    private record Round(List<Double> cold, List<Double> warm, List<Double> trajectory, List<Double> floor) {
        Round() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    private EvaluationScenario() {
    }

    /** @param park the generated park, in the database measured: the scenario works on a copy of it */
    static List<Figure> run(BenchLedger park, Path work, int runs, LocalDate asOf) throws IOException {
        Database database = park.copy(work.resolve(NAME), "ledger").open();
        try (Services services = new Services(database)) {
            SqlFloors floors = new SqlFloors(database);
            EvaluationService evaluation = services.evaluation();
            String code = BenchPark.parkCode();
            List<Evaluation> all = evaluation.evaluatePark(code, asOf); // loads the classes, fills H2's page cache
            long targetId = all.stream().filter(e -> e.target().kind() == TargetKind.FLOW).findFirst()
                    .orElse(all.get(0)).target().id();
            floors.parkSum(code, FLOOR_METRIC, asOf.withDayOfYear(1), asOf);
            Round fresh = measure(evaluation, floors, code, targetId, asOf, runs);
            measure(evaluation, floors, code, targetId, asOf, WARM_UP_ROUNDS);
            Round compiled = measure(evaluation, floors, code, targetId, asOf, runs);
            String targets = "all " + all.size() + " targets at " + asOf;
            String warmedUp = "after " + WARM_UP_ROUNDS + " rounds";
            return List.of(
                    Figure.timed(NAME, targets + ", cold, fresh JVM", fresh.cold(), FLOOR, fresh.floor(), Budget.EVALUATION),
                    Figure.timed(NAME, targets + ", warm, fresh JVM", fresh.warm(), FLOOR, fresh.floor(), Budget.EVALUATION),
                    Figure.timed(NAME, "trajectory of one target (detail), cold, fresh JVM", fresh.trajectory(), FLOOR,
                            fresh.floor(), Budget.NONE),
                    Figure.timed(NAME, targets + ", cold, " + warmedUp, compiled.cold(), FLOOR, compiled.floor(),
                            Budget.EVALUATION),
                    Figure.timed(NAME, targets + ", warm, " + warmedUp, compiled.warm(), FLOOR, compiled.floor(),
                            Budget.EVALUATION),
                    Figure.timed(NAME, "trajectory of one target (detail), cold, " + warmedUp, compiled.trajectory(),
                            FLOOR, compiled.floor(), Budget.NONE));
        }
    }

    /** {@code runs} rounds: each evaluation cold then warm, the trajectory cold, the floor after a write. */
    private static Round measure(EvaluationService evaluation, SqlFloors floors, String code, long targetId,
                                 LocalDate asOf, int runs) {
        Round round = new Round();
        for (int run = 0; run < runs; run++) {
            floors.touchIndicatorTables();
            long start = System.nanoTime();
            evaluation.evaluatePark(code, asOf);
            round.cold().add(Samples.millisSince(start));
            start = System.nanoTime();
            evaluation.evaluatePark(code, asOf);
            round.warm().add(Samples.millisSince(start));
            floors.touchIndicatorTables();
            start = System.nanoTime();
            evaluation.detail(targetId, asOf, PeriodType.MONTH, EvaluationService.DEFAULT_RECORD_LIMIT);
            round.trajectory().add(Samples.millisSince(start));
            floors.touchIndicatorTables();
            start = System.nanoTime();
            floors.parkSum(code, FLOOR_METRIC, asOf.withDayOfYear(1), asOf);
            round.floor().add(Samples.millisSince(start));
        }
        return round;
    }
}
