package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.model.DrillDownRow;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.bulk.BulkWriter;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.EventRow;
import org.ecopark.ledger.persistence.bulk.PatentRow;
import org.ecopark.ledger.persistence.bulk.PlatformRow;
import org.ecopark.ledger.persistence.bulk.ProjectRow;
import org.ecopark.ledger.persistence.bulk.StaffRow;
import org.ecopark.ledger.persistence.bulk.StandardRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.ecopark.ledger.persistence.bulk.TitleRow;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every computation on a small hand-made park whose answers are counted by hand in the comments. Park P
 * has enterprises A (settled 2020, manufacturing), B (settled 2023-06-01, left 2024-06-30, service) and
 * C (no settling date, manufacturing); park Q has E, whose records must never count for P; park R is empty.
 * On the embedded database and on a PostgreSQL server, the park made once for each.
 */
@ParameterizedClass
@EnumSource(Backend.class)
class IndicatorQueriesTest {

    private static final String A = "91370400AAAAAAAAA1";
    private static final String B = "91370400BBBBBBBBB2";
    private static final String C = "91370400CCCCCCCCC3";
    private static final String E = "91370400EEEEEEEEE4";
    private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

    @Parameter
    private Backend backend;

    private static Database database;
    private static IndicatorQueries queries;
    private static List<Long> p;
    private static List<Long> empty;
    private static List<Long> q;

    @BeforeParameterizedClassInvocation
    static void park(Backend backend) {
        database = backend.open("indicator-queries");
        DSLContext dsl = database.dsl();
        ParkRepository parks = new ParkRepository(dsl);
        long pId = parks.save(new Park(0, "P", "园区P", "P", "枣庄市", null, null, null, false));
        long qId = parks.save(new Park(0, "Q", "园区Q", "Q", "枣庄市", null, null, null, false));
        long rId = parks.save(new Park(0, "R", "园区R", "R", "枣庄市", null, null, null, false));
        p = List.of(pId);
        empty = List.of(rId);
        q = List.of(qId);
        BulkWriter bulk = new BulkWriter(dsl);
        bulk.enterprises(pId, List.of(
                enterprise(A, "MANUFACTURING", LocalDate.of(2020, 1, 1), null),
                enterprise(B, "SERVICE", LocalDate.of(2023, 6, 1), LocalDate.of(2024, 6, 30)),
                enterprise(C, "MANUFACTURING", null, null)));
        bulk.enterprises(qId, List.of(enterprise(E, "MANUFACTURING", LocalDate.of(2020, 1, 1), null)));
        bulk.patents(List.of(
                patent("ZL202310000001.1", "2023-03-10", null, "GRANTED", A, C),     // co-owned: once
                patent("ZL202410000002.2", "2024-12-31", null, "GRANTED", A),        // granted on the as-of date
                patent("ZL202310000003.3", "2023-05-01", "2024-06-30", "LAPSED", B), // lapsed
                patent("ZL202410000004.4", null, null, "PENDING", A),                // not granted
                patent("ZL202210000005.5", "2022-11-01", null, "GRANTED", A),        // before the plan
                patent("ZL202410000006.6", "2024-02-01", null, "GRANTED", E)));      // other park
        bulk.staff(List.of(
                staff(A, true, "2022-01-01", null),
                staff(A, true, "2023-01-01", "2024-03-31"), // left
                staff(A, false, "2022-01-01", null),        // part-time
                staff(B, true, "2023-07-01", null),         // its enterprise left the park 2024-06-30
                staff(C, true, "2025-01-01", null),         // joins later
                staff(E, true, "2022-01-01", null)));
        bulk.standards(List.of(
                new StandardRow("GB/T 1-2024", "一", "NATIONAL", "LEAD", A, LocalDate.of(2024, 5, 1)),
                new StandardRow("GB/T 1-2024", "一", "NATIONAL", "PARTICIPANT", C, LocalDate.of(2024, 5, 1)),
                new StandardRow("HJ 2-2023", "二", "INDUSTRY", "PARTICIPANT", B, LocalDate.of(2023, 9, 1)),
                new StandardRow("T/X 3-2024", "三", "GROUP", "LEAD", A, LocalDate.of(2024, 2, 1)),
                new StandardRow("GB 4-2025", "四", "NATIONAL", "LEAD", A, null),
                // published again later by another enterprise: each counts from its earliest day
                new StandardRow("GB/T 9-2022", "九", "NATIONAL", "LEAD", A, LocalDate.of(2022, 10, 1)),
                new StandardRow("GB/T 9-2022", "九", "NATIONAL", "PARTICIPANT", C, LocalDate.of(2024, 3, 1)),
                new StandardRow("HJ 8-2024", "八", "INDUSTRY", "LEAD", C, LocalDate.of(2024, 8, 1)),
                new StandardRow("HJ 8-2024", "八", "INDUSTRY", "PARTICIPANT", A, LocalDate.of(2024, 4, 1))));
        bulk.titles(List.of(
                new TitleRow(A, "PROVINCIAL_SRDI", LocalDate.of(2022, 1, 1), LocalDate.of(2025, 1, 1), "S1"),
                new TitleRow(A, "PROVINCIAL_SRDI", LocalDate.of(2024, 6, 1), null, "S2"), // overlaps: A once
                new TitleRow(B, "PROVINCIAL_SRDI", LocalDate.of(2023, 7, 1), null, "S3"),
                new TitleRow(C, "LEADING", LocalDate.of(2023, 1, 1), null, "L1")));
        bulk.platforms(pId, List.of(
                new PlatformRow("平台1", "ONE_ENTERPRISE_ONE_TECH", "PROVINCIAL", A, LocalDate.of(2023, 5, 1), null, null),
                new PlatformRow("平台2", "ONE_ENTERPRISE_ONE_TECH", "PROVINCIAL", B, LocalDate.of(2022, 1, 1), null,
                        LocalDate.of(2024, 1, 1)),
                new PlatformRow("平台3", "KEY_LAB", "MUNICIPAL", null, LocalDate.of(2024, 3, 1), null, null)));
        bulk.events(pId, List.of(
                event("2023-04-01", "EXHIBITION", true), event("2023-09-01", "EXHIBITION", true),
                event("2023-10-01", "FORUM", false), event("2024-05-01", "FORUM", true)));
        bulk.projects(pId, List.of(
                project("引进1", "ENTERPRISE_INTRODUCTION", "2024-05-01", "COMPLETED"),
                project("引进2", "ENTERPRISE_INTRODUCTION", null, "IN_PROGRESS"),
                project("建设1", "CONSTRUCTION", "2023-10-01", "COMPLETED")));
        List<StatRow> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(stat(A, "OUTPUT_VALUE", YearMonth.of(2023, month), "100"));
            months.add(stat(A, "OUTPUT_VALUE", YearMonth.of(2024, month), "110"));
            months.add(stat(A, "RD_SPENDING", YearMonth.of(2024, month), "3"));
        }
        for (int month = 1; month <= 3; month++) {
            months.add(stat(C, "OUTPUT_VALUE", YearMonth.of(2024, month), "50"));
        }
        months.add(stat(E, "OUTPUT_VALUE", YearMonth.of(2024, 1), "99999"));
        months.add(stat(A, "CAPACITY_T", YearMonth.of(2023, 6), "1000"));
        months.add(stat(A, "CAPACITY_T", YearMonth.of(2024, 6), "1500"));
        months.add(stat(B, "CAPACITY_T", YearMonth.of(2023, 12), "300"));
        months.add(stat(C, "CAPACITY_T", YearMonth.of(2023, 12), "250"));
        months.add(stat(A, "ENV_REVENUE", YearMonth.of(2024, 1), "10"));
        months.add(stat(A, "ADDED_VALUE", YearMonth.of(2024, 1), "0"));
        bulk.statistics(months, "FORM");
        // B reports 2023 by quarter and as a year (the quarters count), 2024 only as a year
        insertStat(dsl, B, "OUTPUT_VALUE", "YEAR", "2023-01-01", "2023-12-31", "500");
        insertStat(dsl, B, "OUTPUT_VALUE", "QUARTER", "2023-01-01", "2023-03-31", "100");
        insertStat(dsl, B, "OUTPUT_VALUE", "QUARTER", "2023-04-01", "2023-06-30", "100");
        insertStat(dsl, B, "OUTPUT_VALUE", "QUARTER", "2023-07-01", "2023-09-30", "150");
        insertStat(dsl, B, "OUTPUT_VALUE", "QUARTER", "2023-10-01", "2023-12-31", "150");
        insertStat(dsl, B, "OUTPUT_VALUE", "YEAR", "2024-01-01", "2024-12-31", "600");
        // C's first quarter of 2024 by month and as a quarter (the months count)
        insertStat(dsl, C, "OUTPUT_VALUE", "QUARTER", "2024-01-01", "2024-03-31", "150");
        // C's capacity at the end of 2023 as a month and as a year: the month is the later report
        insertStat(dsl, C, "CAPACITY_T", "YEAR", "2023-01-01", "2023-12-31", "200");
        // E (park Q) likewise, its year figure larger than its month
        insertStat(dsl, E, "CAPACITY_T", "YEAR", "2023-01-01", "2023-12-31", "900");
        insertStat(dsl, E, "CAPACITY_T", "MONTH", "2023-12-01", "2023-12-31", "400");
        // written around any unit of work, so the park sums are computed here
        new IndicatorSummaries(dsl).recomputeAll();
        queries = new IndicatorQueries(dsl);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        Backend.close(database);
        database = null; // none made when the next database's invocation is skipped
    }

    @Test
    void grantedPatentsCountGrantsOnTheAsOfDateOnceWhenCoOwnedAndNotWhenLapsedOrPending() {
        // at 2024-12-31: #1 (co-owned, once), #2 (granted that day), #5 (before the plan); #3 lapsed 2024-06-30
        assertThat(at(queries.patentsGranted(p, Sampling.level(List.of(END_2024))))).isEqualByComparingTo("3");
        assertThat(at(queries.patentsGranted(p, Sampling.level(List.of(LocalDate.of(2024, 12, 30))))))
                .isEqualByComparingTo("2");
        // lapsed on 2024-06-30: still valid the day before, not on the day
        assertThat(queries.patentsGranted(p, Sampling.level(days("2024-06-29", "2024-06-30"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("3"), dec("2"));
    }

    @Test
    void grantedPatentsSinceTheBaselineLeaveOutEarlierGrants() {
        Sampling since = Sampling.since(LocalDate.of(2023, 1, 1), days("2023-01-01", "2023-06-30", "2024-12-31"));
        // 2023-06-30: #1 and #3; 2024-12-31: #1 and #2 (#3 lapsed, #5 granted before 2023)
        assertThat(queries.patentsGranted(p, since)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("0"), dec("2"), dec("2"));
    }

    @Test
    void grantedPatentsPerYearCountTheYearsGrantsEvenIfLaterLapsed() {
        assertThat(queries.patentsGranted(p, Sampling.yearToDate(days("2023-12-31", "2024-12-31"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("2"), dec("1"));
    }

    @Test
    void aParkWithoutPatentsHasNoDataRatherThanZero() {
        assertThat(queries.patentsGranted(empty, Sampling.level(List.of(END_2024)))).containsExactly((BigDecimal) null);
        assertThat(queries.rdStaffFullTime(empty, Sampling.level(List.of(END_2024)))).containsExactly((BigDecimal) null);
    }

    @Test
    void fullTimeStaffCountThoseEmployedAtTheDateNotThoseWhoLeftOrWhoseEnterpriseLeft() {
        // 2024-03-30: A's two, B's one; 2024-03-31: A's second left that day; 2024-12-31: B left the park
        assertThat(queries.rdStaffFullTime(p, Sampling.level(days("2024-03-30", "2024-03-31", "2024-12-31"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("3"), dec("2"), dec("1"));
    }

    @Test
    void standardsCountDistinctCodesOfTheLevelsAndRoles() {
        Sampling since = Sampling.since(LocalDate.of(2023, 1, 1), List.of(END_2024));
        // GB/T 1, HJ 2, HJ 8 (GB/T 9 was first published before 2023; GB 4 is unpublished)
        assertThat(at(queries.standardsDrafted(p, List.of("NATIONAL", "INDUSTRY"), List.of("LEAD", "PARTICIPANT"),
                since))).isEqualByComparingTo("3");
        // GB/T 1 (A leads it), HJ 8 (C leads it)
        assertThat(at(queries.standardsDrafted(p, List.of("NATIONAL", "INDUSTRY"), List.of("LEAD"), since)))
                .isEqualByComparingTo("2");
        assertThat(at(queries.standardsDrafted(p, List.of(), List.of(), since))).isEqualByComparingTo("4");
    }

    @Test
    void aStandardCountsFromTheEarliestDayAnEnterpriseOfTheParkPublishedIt() {
        // GB/T 9 was first published before the window and never counts, though C published it in it; HJ 8 counts
        // from A's day, not C's; HJ 2 throughout; GB/T 1 from 2024-05-01
        Sampling since = Sampling.since(LocalDate.of(2023, 1, 1), days("2024-03-31", "2024-04-30", "2024-12-31"));
        assertThat(queries.standardsDrafted(p, List.of("NATIONAL", "INDUSTRY"), List.of(), since))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("1"), dec("2"), dec("3"));
        // over all history GB/T 9 counts from 2022-10-01
        assertThat(queries.standardsDrafted(p, List.of("NATIONAL", "INDUSTRY"), List.of(), Sampling.level(days("2023-01-01"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("1"));
    }

    @Test
    void settledEnterprisesAreThoseInTheParkAtTheDate() {
        assertThat(queries.enterprisesSettled(p, List.of(), null, Sampling.level(days("2023-01-01", "2024-01-01",
                "2024-12-31")))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("2"), dec("3"), dec("2"));
        assertThat(at(queries.enterprisesSettled(p, List.of("SERVICE"), null, Sampling.level(days("2024-01-01")))))
                .isEqualByComparingTo("1");
    }

    @Test
    void enterprisesWithATitleCountOnceAndOnlyWhileInThePark() {
        assertThat(queries.enterprisesWithTitle(p, "PROVINCIAL_SRDI", Sampling.level(days("2024-01-01", "2024-12-31"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("2"), dec("1"));
        assertThat(at(queries.enterprisesWithTitle(p, "PROVINCIAL_SRDI",
                Sampling.since(LocalDate.of(2023, 1, 1), List.of(END_2024))))).isEqualByComparingTo("2");
    }

    @Test
    void aMetricSumsOverTheYearSoFarCountingEachFigureOnce() {
        // 2023: A 1200 + B's quarters 500; 2024 Q1: A 330 + C's months 150; 2024: A 1320 + B 600 + C 150
        assertThat(queries.metricSum(p, "OUTPUT_VALUE", Sampling.yearToDate(days("2023-12-31", "2024-03-31",
                "2024-12-31")))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("1700"), dec("480"), dec("2070"));
    }

    @Test
    void aYearWithoutFiguresHasNoData() {
        assertThat(queries.metricSum(p, "OUTPUT_VALUE", Sampling.yearToDate(days("2025-06-30"))))
                .containsExactly((BigDecimal) null);
        assertThat(queries.enterprisesMetricOver(p, "OUTPUT_VALUE", dec("1000"), Sampling.level(days("2025-12-31"))))
                .containsExactly((BigDecimal) null);
    }

    @Test
    void aRatioIsTheRatioOfSumsInPercent() {
        // 2024: 36 / 2070 * 100
        assertThat(at(queries.metricRatio(p, "RD_SPENDING", "OUTPUT_VALUE", Sampling.yearToDate(List.of(END_2024)))))
                .isEqualByComparingTo("1.7391");
    }

    @Test
    void aRatioWhoseDenominatorIsZeroOrMissingHasNoData() {
        assertThat(queries.metricRatio(p, "ENV_REVENUE", "ADDED_VALUE", Sampling.yearToDate(days("2024-01-31"))))
                .containsExactly((BigDecimal) null);
        assertThat(queries.metricRatio(p, "RD_SPENDING", "OUTPUT_VALUE", Sampling.yearToDate(days("2023-12-31"))))
                .containsExactly((BigDecimal) null);
    }

    @Test
    void enterprisesOverAThresholdUseTheLastCompleteYearAndAreStrictlyOver() {
        // 2023: A 1200, B 500; 2024: A 1320, B 600, C 150
        assertThat(queries.enterprisesMetricOver(p, "OUTPUT_VALUE", dec("1000"),
                Sampling.level(days("2023-12-31", "2024-06-30", "2024-12-31", "2025-06-30"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("1"), dec("1"), dec("1"), dec("1"));
        assertThat(at(queries.enterprisesMetricOver(p, "OUTPUT_VALUE", dec("1200"), Sampling.level(days("2023-12-31")))))
                .isEqualByComparingTo("0");
        assertThat(at(queries.enterprisesMetricOver(p, "OUTPUT_VALUE", dec("550"), Sampling.level(days("2024-12-31")))))
                .isEqualByComparingTo("2");
    }

    @Test
    void latestFiguresOfAStockMetricAddUpPerEnterprise() {
        // 2023-07-01: A 1000; 2024-01-31: A 1000 + B 300 + C 250 (its month, not its year); 2024-12-31: A 1500 + C 250
        assertThat(queries.metricLatestSum(p, "CAPACITY_T", Sampling.level(days("2023-07-01", "2024-01-31",
                "2024-12-31")))).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(dec("1000"), dec("1550"), dec("1750"));
    }

    @Test
    void platformsCountThoseApprovedAndNotRevoked() {
        List<String> oetc = List.of("ONE_ENTERPRISE_ONE_TECH");
        assertThat(queries.platforms(p, oetc, List.of("PROVINCIAL"), Sampling.level(days("2023-12-31", "2024-12-31"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("2"), dec("1"));
        assertThat(at(queries.platforms(p, oetc, List.of("PROVINCIAL"),
                Sampling.since(LocalDate.of(2023, 1, 1), List.of(END_2024))))).isEqualByComparingTo("1");
        assertThat(at(queries.platforms(p, List.of(), List.of(), Sampling.level(List.of(END_2024)))))
                .isEqualByComparingTo("2");
    }

    @Test
    void eventsPerYearCountTheYearsInternationalEventsAndZeroForAYearWithout() {
        assertThat(queries.events(p, List.of("EXHIBITION", "FORUM"), true,
                Sampling.yearToDate(days("2023-12-31", "2024-12-31", "2025-12-31"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("2"), dec("1"), dec("0"));
    }

    @Test
    void completedProjectsCountByCategory() {
        assertThat(queries.projectsCompleted(p, "ENTERPRISE_INTRODUCTION",
                Sampling.yearToDate(days("2023-12-31", "2024-12-31"))))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(dec("0"), dec("1"));
    }

    @Test
    void drillDownListsThePatentsCountedWithTheirOwners() {
        DrillDownQueries.Page page = new DrillDownQueries(database.dsl()).patents(p, Sampling.level(List.of(END_2024)), 10);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.rows()).extracting(row -> row.label().substring(0, 16))
                .containsExactly("ZL202410000002.2", "ZL202310000001.1", "ZL202210000005.5");
        assertThat(page.rows().get(1).detail()).contains("A").contains("C");
    }

    @Test
    void drillDownListsTheStaffEmployedAtTheDate() {
        DrillDownQueries.Page page = new DrillDownQueries(database.dsl()).staff(p, Sampling.level(days("2024-03-30")), 2);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.rows()).hasSize(2).allMatch(row -> row.recordType().equals("rd_staff"));
    }

    @Test
    void drillDownOfASumListsEachEnterprisesShareLargestFirst() {
        DrillDownQueries drill = new DrillDownQueries(database.dsl());
        // a whole year: A's months, B's year figure, C's months (its quarter left out); E is in another park
        DrillDownQueries.Page year = drill.metricShares(p, List.of("OUTPUT_VALUE"), null,
                Sampling.yearToDate(List.of(END_2024)), 10);
        assertThat(year.total()).isEqualTo(3);
        assertThat(year.rows()).extracting(DrillDownRow::label, DrillDownRow::detail).containsExactly(
                tuple("企业A", "总产值 1320 万元"), tuple("企业B", "总产值 600 万元"), tuple("企业C", "总产值 150 万元"));
        assertThat(year.rows()).extracting(DrillDownRow::date).containsOnly(END_2024);
        // each share opens the enterprise's statistics where its last figure of the window is entered
        assertThat(year.rows()).extracting(DrillDownRow::figures).containsExactly(
                StatPeriod.month(2024, 12), StatPeriod.year(2024), StatPeriod.month(2024, 3));
        // B's quarters of 2023 count, not its year figure beside them
        assertThat(drill.metricShares(p, List.of("OUTPUT_VALUE"), null, Sampling.yearToDate(days("2023-12-31")), 10)
                .rows()).extracting(DrillDownRow::detail).containsExactly("总产值 1200 万元", "总产值 500 万元");
        // the year so far: B's year figure of 2024 has not ended by June
        DrillDownQueries.Page june = drill.metricShares(p, List.of("OUTPUT_VALUE"), null,
                Sampling.yearToDate(days("2024-06-30")), 10);
        assertThat(june.rows()).extracting(DrillDownRow::detail).containsExactly("总产值 660 万元", "总产值 150 万元");
        assertThat(june.rows()).extracting(DrillDownRow::figures)
                .containsExactly(StatPeriod.month(2024, 6), StatPeriod.month(2024, 3));
    }

    @Test
    void drillDownOfEnterprisesOverAThresholdListsThoseOverItInTheLastCompleteYear() {
        DrillDownQueries drill = new DrillDownQueries(database.dsl());
        assertThat(drill.metricShares(p, List.of("OUTPUT_VALUE"), new BigDecimal("550"),
                Sampling.level(List.of(END_2024)), 10).rows()).extracting(DrillDownRow::detail)
                .containsExactly("总产值 1320 万元", "总产值 600 万元");
        // in June 2024 the last complete year is 2023
        DrillDownQueries.Page june = drill.metricShares(p, List.of("OUTPUT_VALUE"), new BigDecimal("550"),
                Sampling.level(days("2024-06-30")), 10);
        assertThat(june.rows()).extracting(DrillDownRow::detail, DrillDownRow::date)
                .containsExactly(tuple("总产值 1200 万元", LocalDate.of(2023, 12, 31)));
    }

    @Test
    void drillDownOfARatioShowsBothSumsOfEachEnterprise() {
        DrillDownQueries.Page page = new DrillDownQueries(database.dsl()).metricShares(p,
                List.of("RD_SPENDING", "OUTPUT_VALUE"), null, Sampling.yearToDate(List.of(END_2024)), 10);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.rows().get(0).detail()).isEqualTo("研发投入 36 万元; 总产值 1320 万元");
        assertThat(page.rows()).extracting(DrillDownRow::detail)
                .contains("研发投入 -; 总产值 600 万元", "研发投入 -; 总产值 150 万元");
    }

    @Test
    void drillDownOfAStockMetricShowsEachEnterprisesLatestFigureWithItsNameAndUnit() {
        // 2024-01-31: A's figure of 2023-06, B's and C's of 2023-12
        DrillDownQueries.Page page = new DrillDownQueries(database.dsl()).latestFigures(p, "CAPACITY_T",
                Sampling.level(days("2024-01-31")), 10);
        assertThat(page.rows()).extracting(DrillDownRow::label, DrillDownRow::detail).containsExactly(
                tuple("企业A", "生产能力 1000 吨"), tuple("企业B", "生产能力 300 吨"), tuple("企业C", "生产能力 250 吨"));
        // C's month of December, not its year ending the same day, as the figure counted
        assertThat(page.rows()).extracting(DrillDownRow::figures).containsExactly(
                StatPeriod.month(2023, 6), StatPeriod.month(2023, 12), StatPeriod.month(2023, 12));
        assertThat(DrillDownQueries.figure(java.util.Map.of(), "NEW_METRIC", BigDecimal.TEN)).isEqualTo("NEW_METRIC 10");
    }

    @Test
    void ofTwoFiguresEndingTheSameDayTheFinerPeriodIsTheLatestInTheDrillDownAsInTheSum() {
        Sampling january = Sampling.level(days("2024-01-31"));
        assertThat(at(queries.metricLatestSum(q, "CAPACITY_T", january))).isEqualByComparingTo("400");
        assertThat(new DrillDownQueries(database.dsl()).latestFigures(q, "CAPACITY_T", january, 10).rows())
                .extracting(DrillDownRow::detail).containsExactly("生产能力 400 吨");
    }

    private static BigDecimal at(List<BigDecimal> values) {
        return values.get(values.size() - 1);
    }

    private static List<LocalDate> days(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).toList();
    }

    private static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }

    private static EnterpriseRow enterprise(String uscc, String segment, LocalDate settled, LocalDate left) {
        String name = "企业" + uscc.charAt(8);
        return new EnterpriseRow(uscc, name, name, segment, true, settled, left, null, null, null, null);
    }

    private static PatentRow patent(String number, String granted, String lapsed, String status, String... owners) {
        return new PatentRow(number, "专利" + number, "INVENTION", LocalDate.of(2020, 1, 1),
                granted == null ? null : LocalDate.parse(granted), lapsed == null ? null : LocalDate.parse(lapsed),
                status, List.of(owners), null);
    }

    private static StaffRow staff(String uscc, boolean fullTime, String joined, String left) {
        return new StaffRow(uscc, "员工", null, "MASTER", null, fullTime, LocalDate.parse(joined),
                left == null ? null : LocalDate.parse(left));
    }

    private static EventRow event(String day, String type, boolean international) {
        return new EventRow(LocalDate.parse(day), "活动" + day, type, international, null, null, null);
    }

    private static ProjectRow project(String name, String category, String completed, String status) {
        return new ProjectRow(name, null, category, null, LocalDate.of(2022, 1, 1), null,
                completed == null ? null : LocalDate.parse(completed), status, null);
    }

    private static StatRow stat(String uscc, String metric, YearMonth month, String value) {
        return new StatRow(uscc, metric, month, new BigDecimal(value));
    }

    private static void insertStat(DSLContext dsl, String uscc, String metric, String type, String start, String end,
                                   String value) {
        dsl.insertInto(PERIOD_STAT)
                .set(PERIOD_STAT.ENTERPRISE_ID, dsl.select(ENTERPRISE.ID).from(ENTERPRISE).where(ENTERPRISE.USCC.eq(uscc)))
                .set(PERIOD_STAT.METRIC_ID, dsl.select(METRIC.ID).from(METRIC).where(METRIC.CODE.eq(metric)))
                .set(PERIOD_STAT.PERIOD_TYPE, type)
                .set(PERIOD_STAT.PERIOD_START, LocalDate.parse(start))
                .set(PERIOD_STAT.PERIOD_END, LocalDate.parse(end))
                .set(PERIOD_STAT.STAT_VALUE, new BigDecimal(value))
                .execute();
    }
}
