package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.MetricKind;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PeriodStatRepositoryTest {

    private Database database;
    private PeriodStatRepository stats;
    private long enterprise;

    @BeforeEach
    void open() {
        database = RecordFixtures.database("period-stat-repository");
        long park = new ParkRepository(database.dsl()).save(RecordFixtures.ZZSZ);
        enterprise = new EnterpriseRepository(database.dsl()).insert(RecordFixtures.xinquan(park));
        stats = new PeriodStatRepository(database.dsl());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theCatalogListsTheShippedMetricsInOrder() {
        assertThat(stats.metrics()).extracting(Metric::code).startsWith("OUTPUT_VALUE", "MAIN_REVENUE",
                "OPERATING_REVENUE").contains("EMPLOYEES", "CAPACITY_T");
        assertThat(stats.metrics()).filteredOn(metric -> metric.code().equals("EMPLOYEES"))
                .extracting(Metric::kind, Metric::unit).containsExactly(org.assertj.core.groups.Tuple.tuple(MetricKind.STOCK, "人"));
    }

    @Test
    void aMonthsValuesAreStoredAndFoundByPeriod() {
        StatPeriod july = StatPeriod.month(2025, 7);
        stats.insert(new PeriodStat(0, enterprise, "MAIN_REVENUE", july, new BigDecimal("1856.4"), "FORM"));
        stats.insert(new PeriodStat(0, enterprise, "OUTPUT_VALUE", july, new BigDecimal("2034.75"), "FORM"));
        stats.insert(new PeriodStat(0, enterprise, "OUTPUT_VALUE", StatPeriod.month(2025, 6), new BigDecimal("1990"), "FORM"));

        var found = stats.find(enterprise, july);

        assertThat(found).extracting(PeriodStat::metricCode).containsExactly("OUTPUT_VALUE", "MAIN_REVENUE");
        assertThat(found.get(0).value()).isEqualByComparingTo("2034.75");
        assertThat(found.get(0).period()).isEqualTo(july);
        assertThat(stats.periods(enterprise, PeriodType.MONTH)).containsExactly(july, StatPeriod.month(2025, 6));
    }

    @Test
    void aValueIsUpdatedAndDeletedByItsId() {
        StatPeriod q3 = StatPeriod.quarter(2025, 3);
        long id = stats.insert(new PeriodStat(0, enterprise, "EMPLOYEES", q3, new BigDecimal("212"), "FORM"));

        stats.update(new PeriodStat(id, enterprise, "EMPLOYEES", q3, new BigDecimal("215"), "FORM"));
        assertThat(stats.find(id).orElseThrow().value()).isEqualByComparingTo("215");
        assertThat(stats.find(id).orElseThrow().period().end()).isEqualTo(java.time.LocalDate.of(2025, 9, 30));

        stats.delete(id);
        assertThat(stats.find(id)).isEmpty();
    }
}
