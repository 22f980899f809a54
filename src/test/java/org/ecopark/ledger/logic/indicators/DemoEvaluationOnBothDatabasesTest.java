package org.ecopark.ledger.logic.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.DemoSource;
import org.ecopark.ledger.logic.demo.LoadProgress;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.TestServer;
import org.junit.jupiter.api.Test;

/**
 * The demo park evaluated on a ledger in a PostgreSQL database gives the evaluations it gives in the embedded one:
 * every target's status, value, gap, pace, forecast and series, at a day midway through the plan and at its end.
 */
class DemoEvaluationOnBothDatabasesTest {

    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2024, 6, 30), LocalDate.of(2025, 12, 31));

    @Test
    void theDemoParksEvaluationsAreTheSameOnPostgresqlAsOnTheEmbeddedDatabase() {
        TestServer.require();
        List<String> onH2 = evaluations(Backend.H2);
        List<String> onServer = evaluations(Backend.POSTGRESQL);

        assertThat(onServer).containsExactlyElementsOf(onH2);
        // a comparison of nothing proves nothing: the demo park has targets with data and some reached
        assertThat(onH2).hasSizeGreaterThan(10);
        assertThat(onH2).anyMatch(line -> line.contains("|" + TargetStatus.ACHIEVED + "|"));
    }

    private static List<String> evaluations(Backend backend) {
        Database database = backend.open("demo-evaluation");
        try (Services services = new Services(database, RecordFixtures.CLOCK)) {
            String park = services.demo().load(DemoSource.bundled(), false, LoadProgress.NONE).parkCode();
            return DAYS.stream().flatMap(day -> services.evaluation().evaluatePark(park, day).stream())
                    .map(DemoEvaluationOnBothDatabasesTest::describe).collect(Collectors.toList());
        } finally {
            database.server().ifPresent(TestServer::drop);
        }
    }

    /** An evaluation in words that do not depend on how a database spells a number (its scale) or numbers rows. */
    private static String describe(Evaluation e) {
        return e.target().planCode() + "/" + e.target().code() + "@" + e.asOf() + "|" + e.status() + "|"
                + e.measuredOn() + "|" + number(e.actual()) + "|" + e.manual() + "|" + e.met() + "|" + number(e.gap())
                + "|" + number(e.pace()) + "|" + number(e.forecast()) + "|" + e.series().stream()
                .map(point -> point.date() + "=" + number(point.value())).collect(Collectors.joining(","));
    }

    private static String number(BigDecimal value) {
        return value == null ? "-" : value.stripTrailingZeros().toPlainString();
    }
}
