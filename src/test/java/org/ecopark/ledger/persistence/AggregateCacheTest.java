package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.persistence.bulk.BulkWriter;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.jooq.ExecuteContext;
import org.jooq.impl.DefaultExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AggregateCacheTest {

    private static final String UNIT = "91370400CACHE00001";
    private static final Sampling END_2024 = Sampling.level(List.of(LocalDate.of(2024, 12, 31)));

    private Database database;
    private List<Long> parks;
    private final AggregateCache cache = new AggregateCache(16);
    private final AtomicInteger queries = new AtomicInteger();

    @BeforeEach
    void park() {
        database = Database.inMemory("aggregate-cache-" + UUID.randomUUID());
        long park = new ParkRepository(database.dsl()).save(new Park(0, "P", "园区", "P", "枣庄市", null, null, null, false));
        parks = List.of(park);
        BulkWriter bulk = new BulkWriter(database.dsl());
        bulk.enterprises(park, List.of(new EnterpriseRow(UNIT, "公司", "公司", "MANUFACTURING", true, null, null, null,
                null, null, null)));
        bulk.staff(List.of(staff("2020-01-01")));
        bulk.statistics(List.of(new StatRow(UNIT, "MAIN_REVENUE", YearMonth.of(2024, 3), BigDecimal.TEN)), "FORM");
    }

    @AfterEach
    void close() {
        database.close();
    }

    /**
     * Queries counted through a listener, one evaluation's instance at a time, as EvaluationService makes them: after
     * a read of the unit of work, which takes in what was written around it.
     */
    private IndicatorQueries evaluation() {
        new UnitOfWork(database).read();
        var dsl = database.dsl().configuration().derive(new DefaultExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                queries.incrementAndGet();
            }
        }).dsl();
        return new IndicatorQueries(dsl, cache);
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

    private static StaffRow staff(String joined) {
        return new StaffRow(UNIT, "员工", null, "MASTER", null, true, LocalDate.parse(joined), null);
    }
}
