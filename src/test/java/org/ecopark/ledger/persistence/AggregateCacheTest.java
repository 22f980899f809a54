package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.persistence.bulk.BulkWriter;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;
import org.jooq.ExecuteContext;
import org.jooq.impl.DefaultExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The indicators' cache, on H2 (its own modification stamps) and on PostgreSQL (the ledger's {@code table_change}):
 * results reused while nothing changed, never kept past a committed change.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class AggregateCacheTest {

    private static final Sampling END_2024 = Sampling.level(List.of(LocalDate.of(2024, 12, 31)));

    @Parameter
    private Backend backend;

    private CacheFixture fixture;
    private Database database;
    private List<Long> parks;
    private AtomicInteger queries;

    @BeforeEach
    void park() {
        fixture = new CacheFixture(backend);
        database = fixture.database;
        parks = fixture.parks;
        queries = fixture.queries;
    }

    @AfterEach
    void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private IndicatorQueries evaluation() {
        return fixture.evaluation();
    }

    @Test
    void anUnchangedLedgerIsAnsweredWithoutQueryingTheRecordsAgain() {
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.ONE);
        int first = queries.getAndSet(0);
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.ONE);
        assertThat(first).isGreaterThan(1);
        assertThat(queries.get()).as("only the change stamps are read").isEqualTo(1);
    }

    @Test
    void anotherAsOfDateReusesTheSameAggregate() {
        evaluation().rdStaffFullTime(parks, END_2024);
        queries.set(0);
        assertThat(evaluation().rdStaffFullTime(parks, Sampling.level(List.of(LocalDate.of(2019, 12, 31)))))
                .containsExactly(BigDecimal.ZERO);
        assertThat(queries.get()).isEqualTo(1);
    }

    @Test
    void aNewRecordIsCountedAtTheNextEvaluation() {
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.ONE);
        new BulkWriter(database.dsl()).staff(List.of(staff("2024-06-01")));
        assertThat(evaluation().rdStaffFullTime(parks, END_2024)).containsExactly(BigDecimal.valueOf(2));
    }

    @Test
    void aChangedFigureIsSummedAtTheNextEvaluation() {
        Sampling year = Sampling.yearToDate(List.of(LocalDate.of(2024, 12, 31)));
        assertThat(evaluation().metricSum(parks, "MAIN_REVENUE", year).get(0)).isEqualByComparingTo("10");
        PeriodStatRepository stats = new PeriodStatRepository(database.dsl());
        PeriodStat stat = stats.find(database.dsl().select(org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT.ID)
                .from(org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT).fetchSingle().value1()).orElseThrow();
        stats.update(new PeriodStat(stat.id(), stat.enterpriseId(), stat.metricCode(), stat.period(),
                new BigDecimal("25"), stat.source()));
        assertThat(evaluation().metricSum(parks, "MAIN_REVENUE", year).get(0)).isEqualByComparingTo("25");
    }

    @Test
    void aChangeCommittedAfterALaterOneIsCountedThoughItsStampIsSmaller() throws Exception {
        // standards: a table no derived data follows, so nothing but the two writers moves its stamps
        var connections = database.dsl().configuration().connectionProvider();
        java.sql.Connection early = connections.acquire();
        try {
            early.setAutoCommit(false);
            // the early writer takes its stamp first and commits last
            new BulkWriter(org.jooq.impl.DSL.using(early, database.dsl().dialect(), database.dsl().settings()))
                    .standards(List.of(standard("HJ 1-2024")));
            new BulkWriter(database.dsl()).standards(List.of(standard("HJ 2-2024")));
            assertThat(standards()).containsExactly(BigDecimal.ONE);
            early.commit();
        } finally {
            early.setAutoCommit(true);
            connections.release(early);
        }
        assertThat(standards()).as("the early writer's standard, committed last").containsExactly(BigDecimal.valueOf(2));
    }

    @Test
    void withoutACacheEveryEvaluationQueries() {
        new IndicatorQueries(database.dsl()).rdStaffFullTime(parks, END_2024);
        List<Integer> counts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            queries.set(0);
            var dsl = database.dsl().configuration().derive(new DefaultExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    queries.incrementAndGet();
                }
            }).dsl();
            new IndicatorQueries(dsl).rdStaffFullTime(parks, END_2024);
            counts.add(queries.get());
        }
        assertThat(counts).allMatch(count -> count >= 2);
    }

    private List<BigDecimal> standards() {
        return evaluation().standardsDrafted(parks, List.of("INDUSTRY"), List.of("LEAD"), END_2024);
    }

    private static StandardRow standard(String code) {
        return new StandardRow(code, "标准", "INDUSTRY", "LEAD", CacheFixture.UNIT, LocalDate.of(2024, 5, 1));
    }

    private static StaffRow staff(String joined) {
        return CacheFixture.staff(joined);
    }
}
