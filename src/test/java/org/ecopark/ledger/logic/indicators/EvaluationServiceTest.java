package org.ecopark.ledger.logic.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.model.Evaluation;
import org.ecopark.ledger.model.ManualValue;
import org.ecopark.ledger.model.Milestone;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.model.PeriodType;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetDetail;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.TargetStatus;
import org.ecopark.ledger.persistence.Backend;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.PatentRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shipped catalog's park ZZSZ with made-up records chosen to give every status: capacity 120 万吨
 * (≥ 100), revenue 4 亿元 a month in 2025 (≥ 60 a year), R&D 2.5 % of output, 100 staff from 2022 and 3
 * more every month since 2023 (≥ 200), patents granted 5, 5, 4 a month since 2023 (≥ 180), no platforms
 * and no standards.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class EvaluationServiceTest {

    private static final String UNIT = "91370400000000001A";
    private static final LocalDate MID_2025 = LocalDate.of(2025, 6, 30);
    private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);

    @Parameter
    private Backend backend;

    private static Database database;
    private static UnitOfWork unitOfWork;
    private static EvaluationService service;

    @BeforeParameterizedClassInvocation
    static void ledger(Backend backend) {
        database = backend.open("evaluation");
        unitOfWork = new UnitOfWork(database);
        new CatalogService(unitOfWork).installOrUpgrade();
        unitOfWork.inTransaction(repositories -> {
            long park = repositories.parks().findByCode("ZZSZ").orElseThrow().id();
            var bulk = repositories.bulk();
            bulk.enterprises(park, List.of(new EnterpriseRow(UNIT, "水处理剂公司", "水处理剂", "MANUFACTURING", true,
                    LocalDate.of(2015, 1, 1), null, null, null, null, null)));
            List<StatRow> stats = new ArrayList<>();
            stats.add(new StatRow(UNIT, "CAPACITY_T", YearMonth.of(2025, 6), new BigDecimal("1200000")));
            for (int month = 1; month <= 12; month++) {
                stats.add(new StatRow(UNIT, "MAIN_REVENUE", YearMonth.of(2025, month), new BigDecimal("40000")));
                stats.add(new StatRow(UNIT, "OUTPUT_VALUE", YearMonth.of(2025, month), new BigDecimal("10000")));
                stats.add(new StatRow(UNIT, "RD_SPENDING", YearMonth.of(2025, month), new BigDecimal("250")));
            }
            bulk.statistics(stats, "FORM");
            List<StaffRow> staff = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                staff.add(new StaffRow(UNIT, "老员工" + i, null, "MASTER", null, true, LocalDate.of(2022, 6, 1), null));
            }
            List<PatentRow> patents = new ArrayList<>();
            int serial = 0;
            for (YearMonth month = YearMonth.of(2023, 1); !month.isAfter(YearMonth.of(2025, 12)); month = month.plusMonths(1)) {
                for (int i = 0; i < 3; i++) {
                    staff.add(new StaffRow(UNIT, "新员工" + month + i, null, "MASTER", null, true, month.atDay(15), null));
                }
                int granted = month.getMonthValue() % 3 == 0 ? 4 : 5;
                for (int i = 0; i < granted; i++) {
                    serial++;
                    patents.add(new PatentRow(String.format("ZL%012d.1", serial), "专利" + serial, "INVENTION",
                            month.atDay(1).minusYears(1), month.atDay(10), null, "GRANTED", List.of(UNIT), null));
                }
            }
            bulk.staff(staff);
            bulk.patents(patents);
            return null;
        });
        service = new EvaluationService(unitOfWork, "tester");
    }

    @AfterParameterizedClassInvocation
    static void close() {
        Backend.close(database);
        database = null; // none made when the next database's invocation is skipped
    }

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void midwayThroughTheLastYearTheParkHasEveryKindOfStatus() {
        Map<String, TargetStatus> statuses = statuses(service.evaluatePark("ZZSZ", MID_2025));
        assertThat(statuses).containsExactlyEntriesOf(ordered(
                "ZZSZ-T01", TargetStatus.ACHIEVED,  // 120 万吨 ≥ 100
                "ZZSZ-T02", TargetStatus.AT_RISK,   // 24 亿元 by June, pace 30, forecast 48 < 90 % of 60
                "ZZSZ-T03", TargetStatus.NO_DATA,   // no platform at all
                "ZZSZ-T04", TargetStatus.ACHIEVED,  // 2.5 % ≥ 2 %
                "ZZSZ-T05", TargetStatus.ON_TRACK,  // 190 staff, pace about 183
                "ZZSZ-T06", TargetStatus.BEHIND,    // 140 patents, pace about 150, forecast about 168
                "ZZSZ-T07", TargetStatus.NO_DATA));
    }

    @Test
    void atTheDeadlineEveryTargetIsAchievedOverdueOrWithoutData() {
        Map<String, TargetStatus> statuses = statuses(service.evaluatePark("ZZSZ", END_2025));
        assertThat(statuses).containsEntry("ZZSZ-T02", TargetStatus.OVERDUE)  // 48 亿元 < 60
                .containsEntry("ZZSZ-T05", TargetStatus.ACHIEVED)              // 208 staff
                .containsEntry("ZZSZ-T06", TargetStatus.OVERDUE);              // 168 patents
        assertThat(statuses.values()).containsOnly(TargetStatus.ACHIEVED, TargetStatus.OVERDUE, TargetStatus.NO_DATA);
    }

    @Test
    void valuesAreInTheTargetsUnitWithGapPaceAndForecast() {
        Map<String, Evaluation> byCode = byCode(service.evaluatePark("ZZSZ", MID_2025));
        assertThat(byCode.get("ZZSZ-T01").actual()).isEqualByComparingTo("120");      // 1 200 000 吨
        Evaluation revenue = byCode.get("ZZSZ-T02");
        assertThat(revenue.actual()).isEqualByComparingTo("24");                       // 6 × 40 000 万元
        assertThat(revenue.pace()).isEqualByComparingTo("30");
        assertThat(revenue.gap()).isEqualByComparingTo("36");
        assertThat(revenue.forecast()).isCloseTo(new BigDecimal("48"), org.assertj.core.data.Offset.offset(BigDecimal.ONE));
        Evaluation patents = byCode.get("ZZSZ-T06");
        assertThat(patents.actual()).isEqualByComparingTo("140");
        assertThat(patents.series()).hasSize(31);  // 2023-01-01 and the 30 month ends to June 2025
        assertThat(patents.forecast()).isBetween(new BigDecimal("162"), new BigDecimal("180"));
        assertThat(byCode.get("ZZSZ-T03").actual()).isNull();
    }

    @Test
    void aTargetIsJudgedByItsDeadlineOnceItHasPassed() {
        Evaluation later = byCode(service.evaluatePark("ZZSZ", LocalDate.of(2026, 6, 30))).get("ZZSZ-T06");
        assertThat(later.measuredOn()).isEqualTo(END_2025);
        assertThat(later.actual()).isEqualByComparingTo("168");
        assertThat(later.forecast()).isNull();
    }

    @Test
    void aCumulativeBaselineValueIsWhatWasAchievedByItsDateAndRecordsCountOnTopOfIt() {
        Target patents = target("ZZSZ-T06");
        LocalDate baselineDate = LocalDate.of(2024, 6, 30);
        unitOfWork.inTransaction(r -> {
            r.targets().updateUserFields(patents.id(), new BigDecimal("40"), baselineDate, false, null);
            return null;
        });
        try {
            Evaluation evaluation = byCode(service.evaluatePark("ZZSZ", MID_2025)).get("ZZSZ-T06");
            // 40 + the 56 granted from July 2024 to June 2025 (5, 5, 4 a month)
            assertThat(evaluation.actual()).isEqualByComparingTo("96");
            assertThat(evaluation.series().get(0).date()).isEqualTo(baselineDate);
            assertThat(evaluation.series().get(0).value()).isEqualByComparingTo("40");
            // the pace runs from 40 at the baseline date to 180 at the deadline: 40 + 140 * 365 / 549
            assertThat(evaluation.pace()).isCloseTo(new BigDecimal("133.08"),
                    org.assertj.core.data.Offset.offset(new BigDecimal("0.01")));
        } finally {
            unitOfWork.inTransaction(r -> {
                r.targets().updateUserFields(patents.id(), null, null, false, null);
                return null;
            });
        }
    }

    @Test
    void theDetailGivesTheTrajectoryByQuarterAndThePatentsBehindTheValue() {
        Target patents = target("ZZSZ-T06");
        TargetDetail detail = service.detail(patents.id(), MID_2025, PeriodType.QUARTER, 10);
        assertThat(detail.trajectory().actual()).extracting(point -> point.date().getMonthValue() % 3).containsOnly(0);
        assertThat(detail.trajectory().actual()).hasSize(10);
        assertThat(detail.trajectory().pace()).extracting(point -> point.value().intValue()).containsExactly(0, 180);
        assertThat(detail.trajectory().forecast()).hasSize(2);
        assertThat(detail.trajectory().forecast().get(1).date()).isEqualTo(END_2025);
        assertThat(detail.records()).hasSize(10).allMatch(row -> row.recordType().equals("patent"));
        assertThat(detail.recordCount()).isEqualTo(140);
        assertThat(detail.recordsCutOff()).isTrue();
    }

    @Test
    void theParksTrajectoriesInOnePassAreEachTargetsDetailWithoutItsRecords() {
        for (LocalDate asOf : List.of(MID_2025, END_2025)) {
            List<Evaluation> evaluations = service.evaluatePark("ZZSZ", asOf);
            List<TargetDetail> details = service.evaluateParkWithTrajectories("ZZSZ", asOf, PeriodType.MONTH);

            assertThat(details).extracting(TargetDetail::evaluation).containsExactlyElementsOf(evaluations);
            for (TargetDetail detail : details) {
                TargetDetail full = service.detail(detail.evaluation().target().id(), asOf, PeriodType.MONTH, 10);
                assertThat(detail.evaluation()).isEqualTo(full.evaluation());
                assertThat(detail.trajectory()).isEqualTo(full.trajectory());
                assertThat(detail.records()).isEmpty();
                assertThat(detail.recordCount()).isZero();
            }
            for (String code : List.of("ZZSZ-T06", "ZZSZ-T01")) {
                assertThat(details).filteredOn(detail -> detail.evaluation().target().code().equals(code))
                        .singleElement().satisfies(detail -> assertThat(detail.trajectory().actual()).isNotEmpty());
            }
        }
        assertThatThrownBy(() -> service.evaluateParkWithTrajectories("NOPE", END_2025, PeriodType.MONTH))
                .isInstanceOf(IndicatorException.class);
    }

    @Test
    void milestonesAreDoneByTheirEvidenceAndOutstandingOnesStandOut() {
        Target park = target("QDSH-T01");
        MilestoneEvidence evidence = service.recordMilestoneEvidence(park.id(), LocalDate.of(2024, 5, 1), "竣工验收",
                "验收报告.pdf", "application/pdf", "PDF".getBytes(StandardCharsets.UTF_8));
        assertThat(evidence.sha256()).hasSize(64);
        assertThat(service.evidenceFile(evidence.id())).asString(StandardCharsets.UTF_8).isEqualTo("PDF");
        List<Milestone> milestones = service.milestones(TargetScope.PARK, "QDSH", END_2025);
        Map<String, Milestone> byCode = new LinkedHashMap<>();
        milestones.forEach(m -> byCode.put(m.target().code(), m));
        assertThat(byCode.get("QDSH-T01").status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(byCode.get("QDSH-T01").completedOn()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(byCode.get("QDSH-T01").overdue()).isFalse();
        assertThat(byCode.get("QDSH-T02").status()).isEqualTo(TargetStatus.OVERDUE);
        assertThat(byCode.get("QDSH-T02").overdue()).isTrue();
        assertThat(service.milestones(TargetScope.PARK, "QDSH", LocalDate.of(2024, 4, 30)))
                .extracting(Milestone::status).containsOnly(TargetStatus.ON_TRACK);
        service.deleteMilestoneEvidence(evidence.id());
        assertThat(service.milestoneEvidence(park.id())).isEmpty();
    }

    @Test
    void manualValuesAreKeptPerTargetAndMarkedAsManual() {
        Target share = target("SD-T01");   // RATIO ≥ 50 %
        Target firms = target("SD-T03");   // STOCK ≥ 300 家, the same MANUAL indicator and scope
        service.recordManualValue(share.id(), LocalDate.of(2025, 1, 1), END_2025, new BigDecimal("52"), "省统计");
        ManualValue replaced = service.recordManualValue(firms.id(), LocalDate.of(2025, 1, 1), END_2025,
                new BigDecimal("250"), null);
        service.recordManualValue(firms.id(), LocalDate.of(2025, 1, 1), END_2025, new BigDecimal("280"), null);
        assertThat(service.manualValues(firms.id())).extracting(ManualValue::value).containsExactly(new BigDecimal("280"));
        assertThat(service.manualValues(firms.id()).get(0).id()).isEqualTo(replaced.id());
        Map<String, Evaluation> byCode = byCode(service.evaluate(TargetScope.PROVINCE, "SD", END_2025));
        assertThat(byCode.get("SD-T01").status()).isEqualTo(TargetStatus.ACHIEVED);
        assertThat(byCode.get("SD-T01").manual()).isTrue();
        assertThat(byCode.get("SD-T03").actual()).isEqualByComparingTo("280");
        assertThat(byCode.get("SD-T03").status()).isEqualTo(TargetStatus.OVERDUE);
        assertThat(byCode.get("SD-T14").status()).isEqualTo(TargetStatus.NO_DATA);
    }

    @Test
    void targetsMeasuredFromRecordsRefuseManualValues() {
        Target patents = target("ZZSZ-T06");
        assertThatThrownBy(() -> service.recordManualValue(patents.id(), LocalDate.of(2025, 1, 1), END_2025,
                BigDecimal.TEN, null)).isInstanceOf(IndicatorException.class).hasMessageContaining("ZZSZ-T06");
        assertThatThrownBy(() -> service.recordMilestoneEvidence(patents.id(), END_2025, null, null, null, null))
                .isInstanceOf(IndicatorException.class);
    }

    @Test
    void anUnknownParkIsRefusedWithAMessage() {
        assertThatThrownBy(() -> service.evaluatePark("NOPE", END_2025)).isInstanceOf(IndicatorException.class)
                .hasMessageContaining("NOPE");
    }

    private static Target target(String code) {
        return unitOfWork.read().targets().findByCode("SD311", code).orElseThrow();
    }

    private static Map<String, TargetStatus> statuses(List<Evaluation> evaluations) {
        Map<String, TargetStatus> statuses = new LinkedHashMap<>();
        evaluations.forEach(e -> statuses.put(e.target().code(), e.status()));
        return statuses;
    }

    private static Map<String, Evaluation> byCode(List<Evaluation> evaluations) {
        Map<String, Evaluation> map = new LinkedHashMap<>();
        evaluations.forEach(e -> map.put(e.target().code(), e));
        return map;
    }

    private static Map<String, TargetStatus> ordered(Object... pairs) {
        Map<String, TargetStatus> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (TargetStatus) pairs[i + 1]);
        }
        return map;
    }
}
