package org.ecopark.ledger.logic.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.DemoService;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo park (ZZSZ) as shipped, judged at the end of the plan and half a year before. */
class DemoEvaluationTest {

    private static Services services;

    @BeforeAll
    static void demo() {
        services = new Services(Database.inMemory("demo-evaluation-" + UUID.randomUUID()));
        services.demo().load(false);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void atTheEndOfThePlanSomeTargetsAreAchievedAndSomeAreNot() {
        List<Evaluation> evaluations = services.evaluation().evaluatePark(DemoService.PARK_CODE, LocalDate.of(2025, 12, 31));
        assertThat(evaluations).isNotEmpty();
        assertThat(evaluations).extracting(Evaluation::status).contains(TargetStatus.ACHIEVED)
                .anyMatch(status -> status != TargetStatus.ACHIEVED && status != TargetStatus.NO_DATA);
        // the demo records every kind of record the park's targets are measured by
        assertThat(evaluations).allSatisfy(e -> {
            assertThat(e.actual()).as(e.target().code()).isNotNull();
            assertThat(e.manual()).isFalse();
            assertThat(e.series()).isNotEmpty();
        });
    }

    @Test
    void halfAYearBeforeTheEndTheOpenTargetsHaveAForecast() {
        List<Evaluation> evaluations = services.evaluation().evaluatePark(DemoService.PARK_CODE, LocalDate.of(2025, 6, 30));
        assertThat(evaluations).filteredOn(e -> e.status() != TargetStatus.ACHIEVED)
                .isNotEmpty().allSatisfy(e -> assertThat(e.forecast()).as(e.target().code()).isNotNull());
        assertThat(evaluations).extracting(Evaluation::status).doesNotContain(TargetStatus.OVERDUE);
    }
}
