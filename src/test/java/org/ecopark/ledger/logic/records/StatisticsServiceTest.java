package org.ecopark.ledger.logic.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.PeriodCodes;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.AuditEntry;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.Backend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class StatisticsServiceTest {

    private static final StatPeriod JULY_2024 = StatPeriod.month(2024, 7);
    private static final StatPeriod JULY_2025 = StatPeriod.month(2025, 7);

    @Parameter
    private Backend backend;

    private ServiceFixture ledger;
    private StatisticsService statistics;
    private long xinquan;

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        ledger = new ServiceFixture(backend, "statistics-service");
        statistics = ledger.services.statistics();
        xinquan = ledger.services.enterprises().save(RecordFixtures.xinquan(ledger.parkId), Map.of()).record().id();
    }

    @AfterEach
    void close() {
        if (ledger != null) { // none made when the PostgreSQL case is skipped
            ledger.close();
        }
    }

    @Test
    void aMonthIsSavedInOneGoWithAnAuditRowPerValue() {
        List<RecordChange> changes = statistics.save(xinquan, JULY_2025, july(), Map.of());

        assertThat(changes).hasSize(4).allMatch(change -> change.action() == AuditAction.INSERT);
        assertThat(ledger.read().periodStats().find(xinquan, JULY_2025)).extracting(PeriodStat::metricCode)
                .containsExactly("OUTPUT_VALUE", "MAIN_REVENUE", "RD_SPENDING", "EMPLOYEES");
        assertThat(ledger.auditRows(StatisticsService.TABLE)).isEqualTo(4);
    }

    @Test
    void theSheetShowsTheSamePeriodLastYearBesideEachMetric() {
        statistics.save(xinquan, JULY_2024, Map.of("OUTPUT_VALUE", new BigDecimal("1820"), "EMPLOYEES", new BigDecimal("205")),
                Map.of());
        statistics.save(xinquan, JULY_2025, july(), Map.of());

        StatSheet sheet = statistics.sheet(xinquan, JULY_2025);

        StatLine output = sheet.lines().stream().filter(line -> line.metric().code().equals("OUTPUT_VALUE")).findFirst()
                .orElseThrow();
        assertThat(output.value()).isEqualByComparingTo("2034.75");
        assertThat(output.lastYear()).isEqualByComparingTo("1820");
        assertThat(sheet.lines()).hasSize(statistics.metrics().size());
        assertThat(sheet.lines().stream().filter(line -> line.metric().code().equals("CAPACITY_T")).findFirst()
                .orElseThrow().value()).isNull();
    }

    @Test
    void aJumpAgainstLastYearIsRefusedUntilExplainedAndTheWholeMonthWaits() {
        statistics.save(xinquan, JULY_2024, Map.of("MAIN_REVENUE", new BigDecimal("1650")), Map.of());
        Map<String, BigDecimal> typo = july();
        typo.put("MAIN_REVENUE", new BigDecimal("18564000"));

        RecordValidation findings = statistics.validate(xinquan, JULY_2025, typo);
        assertThat(findings.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo("MAIN_REVENUE");
            assertThat(warning.message()).contains("主营业务收入").contains("三倍");
        });
        assertThatThrownBy(() -> statistics.save(xinquan, JULY_2025, typo, Map.of()))
                .isInstanceOf(RecordRejectedException.class);
        assertThat(ledger.read().periodStats().find(xinquan, JULY_2025)).isEmpty();

        String key = findings.warnings().get(0).key();
        statistics.save(xinquan, JULY_2025, typo, Map.of(key, "7 月新增一台 2 万吨产线投产，已与财务报表核对"));

        long id = ledger.read().periodStats().find(xinquan, JULY_2025).stream()
                .filter(stat -> stat.metricCode().equals("MAIN_REVENUE")).findFirst().orElseThrow().id();
        assertThat(ledger.read().warningOverrides().find(StatisticsService.TABLE, id)).singleElement()
                .satisfies(override -> assertThat(override.warningKey()).isEqualTo(key));
        assertThat(statistics.sheet(xinquan, JULY_2025).explanations()).containsKey(key);
    }

    @Test
    void aFallToLessThanAThirdIsAWarningToo() {
        statistics.save(xinquan, JULY_2024, Map.of("RD_SPENDING", new BigDecimal("96")), Map.of());

        RecordValidation findings = statistics.validate(xinquan, JULY_2025, Map.of("RD_SPENDING", new BigDecimal("30")));

        assertThat(findings.warnings()).singleElement()
                .satisfies(warning -> assertThat(warning.messageKey()).isEqualTo("records.stat.jumpDown"));
        assertThat(statistics.validate(xinquan, JULY_2025, Map.of("RD_SPENDING", new BigDecimal("33"))).isEmpty()).isTrue();
    }

    @Test
    void aNegativeValueIsAnError() {
        Map<String, BigDecimal> values = july();
        values.put("RD_SPENDING", new BigDecimal("-12"));

        assertThatThrownBy(() -> statistics.save(xinquan, JULY_2025, values, Map.of()))
                .isInstanceOf(RecordRejectedException.class).hasMessageContaining("研发投入");
        assertThat(ledger.auditRows(StatisticsService.TABLE)).isZero();
    }

    @Test
    void changedValuesAreUpdatedAndClearedOnesDeletedEachAudited() {
        statistics.save(xinquan, JULY_2025, july(), Map.of());
        Map<String, BigDecimal> corrected = july();
        corrected.put("MAIN_REVENUE", new BigDecimal("1862.1"));
        corrected.put("EMPLOYEES", null);

        List<RecordChange> changes = statistics.save(xinquan, JULY_2025, corrected, Map.of());

        assertThat(changes).extracting(RecordChange::action).containsExactly(AuditAction.UPDATE, AuditAction.DELETE);
        assertThat(ledger.read().periodStats().find(xinquan, JULY_2025)).extracting(PeriodStat::metricCode)
                .containsExactly("OUTPUT_VALUE", "MAIN_REVENUE", "RD_SPENDING");
        List<AuditEntry> log = ledger.read().audit().history(StatisticsService.TABLE,
                String.valueOf(changes.get(0).recordId()));
        assertThat(log).extracting(AuditEntry::action).containsExactly(AuditAction.INSERT, AuditAction.UPDATE);
        assertThat(statistics.history(xinquan, JULY_2025)).hasSize(4);
    }

    @Test
    void quartersAndYearsAreSavedAsTheirOwnPeriods() {
        statistics.save(xinquan, StatPeriod.quarter(2025, 3), Map.of("OUTPUT_VALUE", new BigDecimal("6120")), Map.of());
        statistics.save(xinquan, StatPeriod.year(2024), Map.of("OUTPUT_VALUE", new BigDecimal("23760")), Map.of());

        assertThat(ledger.read().periodStats().find(xinquan, StatPeriod.quarter(2025, 3))).hasSize(1);
        assertThat(ledger.read().periodStats().find(xinquan, StatPeriod.year(2024)).get(0).value())
                .isEqualByComparingTo("23760");
    }

    @ParameterizedTest(name = "on 2026-12-06, figures for {0} refused: {1}")
    @CsvSource({"2026-11, false", "2026Q3, false", "2025, false", "2026-12, true", "2026Q4, true", "2026, true",
            "2027-11, true"})
    void figuresForAPeriodThatHasNotEndedAreAnErrorNamingThePeriodAndToday(String code, boolean refused) {
        StatPeriod period = PeriodCodes.parse(code);

        RecordValidation findings = statistics.validate(xinquan, period, july());

        if (refused) {
            assertThat(findings.errors()).singleElement()
                    .satisfies(error -> assertThat(error.field()).isEqualTo(StatisticsService.PERIOD));
            assertThatThrownBy(() -> statistics.save(xinquan, period, july(), Map.of()))
                    .isInstanceOf(RecordRejectedException.class)
                    .hasMessage(code + " 尚未结束（今天是 2026-12-06），不能填报实际统计数。");
            assertThat(ledger.read().periodStats().find(xinquan, period)).isEmpty();
            assertThat(ledger.auditRows(StatisticsService.TABLE)).isZero();
        } else {
            assertThat(findings.isEmpty()).isTrue();
            assertThat(statistics.save(xinquan, period, july(), Map.of())).hasSize(4);
        }
    }

    @Test
    void figuresEnteredForAPeriodBeforeItEndedCanBeClearedButNotChanged() {
        StatPeriod november2027 = StatPeriod.month(2027, 11);
        RecordServices lateClock = new RecordServices(ledger.unitOfWork, ServiceFixture.USER,
                new DateRules(RecordFixtures.clockAt(LocalDate.of(2028, 1, 1))));
        lateClock.statistics().save(xinquan, november2027, july(), Map.of());
        Map<String, BigDecimal> changed = july();
        changed.put("EMPLOYEES", new BigDecimal("215"));
        Map<String, BigDecimal> cleared = new LinkedHashMap<>();
        july().keySet().forEach(code -> cleared.put(code, null));

        assertThatThrownBy(() -> statistics.save(xinquan, november2027, changed, Map.of()))
                .isInstanceOf(RecordRejectedException.class).hasMessageContaining("2027-11 尚未结束");
        List<RecordChange> deleted = statistics.save(xinquan, november2027, cleared, Map.of());

        assertThat(deleted).hasSize(4).allMatch(change -> change.action() == AuditAction.DELETE);
        assertThat(ledger.read().periodStats().find(xinquan, november2027)).isEmpty();
    }

    private static Map<String, BigDecimal> july() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("OUTPUT_VALUE", new BigDecimal("2034.75"));
        values.put("MAIN_REVENUE", new BigDecimal("1856.4"));
        values.put("RD_SPENDING", new BigDecimal("88.6"));
        values.put("EMPLOYEES", new BigDecimal("212"));
        return values;
    }
}
