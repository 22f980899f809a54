package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Metric;
import org.ecopark.ledger.model.MetricKind;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.StatPeriod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class PeriodStatRepositoryTest {

    @Parameter
    private Backend backend;

    private Database database;
    private PeriodStatRepository stats;
    private long enterprise;

    @BeforeEach
    void open() {
        database = backend.open("period-stat-repository");
        long park = new ParkRepository(database.dsl()).save(RecordFixtures.ZZSZ);
        enterprise = new EnterpriseRepository(database.dsl()).insert(RecordFixtures.xinquan(park));
        stats = new PeriodStatRepository(database.dsl());
    }

    @AfterEach
    void close() {
        Backend.close(database);
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
    void aPeriodsValuesOfManyEnterprisesAreFoundAsEachEnterprisesOwnInCatalogOrder() {
        StatPeriod july = StatPeriod.month(2025, 7);
        long park = new EnterpriseRepository(database.dsl()).find(enterprise).orElseThrow().parkId();
        List<Long> asked = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            Enterprise other = RecordFixtures.xinquan(park);
            long id = new EnterpriseRepository(database.dsl()).insert(new Enterprise(0, park,
                    String.format("91370402000%07d", i), other.name() + i, null, other.segment(), true, null, null, null,
                    null, null, null, List.of()));
            // catalog order is not the order written; the quarter starting with July and June are other periods
            stats.insert(new PeriodStat(0, id, "EMPLOYEES", july, BigDecimal.valueOf(i), "FORM"));
            if (i % 3 != 0) {
                stats.insert(new PeriodStat(0, id, "OUTPUT_VALUE", july, new BigDecimal("10.50"), "IMPORT"));
            }
            stats.insert(new PeriodStat(0, id, "MAIN_REVENUE", StatPeriod.quarter(2025, 3), BigDecimal.ONE, "FORM"));
            stats.insert(new PeriodStat(0, id, "MAIN_REVENUE", StatPeriod.month(2025, 6), BigDecimal.TEN, "FORM"));
            if (i != 7) {
                asked.add(id);
            }
        }
        stats.insert(new PeriodStat(0, enterprise, "OUTPUT_VALUE", july, BigDecimal.ONE, "FORM"));
        List<PeriodStat> oneByOne = new ArrayList<>();
        asked.stream().sorted().forEach(id -> oneByOne.addAll(stats.find(id, july)));

        List<PeriodStat> found = stats.find(asked, july);

        assertThat(asked.size()).isGreaterThan(50);
        assertThat(found).hasSize(69 + 45).containsExactlyElementsOf(oneByOne);
        // fewer than 50, yet many of the ledger's 71 (the period read whole), and one of them (read by its key)
        List<Long> some = asked.stream().sorted().limit(10).toList();
        assertThat(stats.find(some, july)).containsExactlyElementsOf(oneByOne.stream()
                .filter(stat -> some.contains(stat.enterpriseId())).toList());
        assertThat(stats.find(List.of(some.get(1)), july)).containsExactlyElementsOf(stats.find(some.get(1), july))
                .isNotEmpty();
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
