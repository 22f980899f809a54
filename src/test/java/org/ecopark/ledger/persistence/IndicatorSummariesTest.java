package org.ecopark.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ecopark.ledger.persistence.jooq.Tables.DERIVED_CHANGE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PARK_SPAN;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_ENTERPRISE_YEAR;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_HELD;
import static org.ecopark.ledger.persistence.jooq.Tables.STAT_PARK_PERIOD;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.model.PeriodStat;
import org.ecopark.ledger.model.StatPeriod;
import org.ecopark.ledger.persistence.bulk.EnterpriseRow;
import org.ecopark.ledger.persistence.bulk.StatRow;
import org.jooq.DSLContext;
import org.jooq.Delete;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The park sums always equal what the figures give, computed here in Java from every figure (a quarter or year
 * counts unless finer figures lie inside it): after bulk inserts, single inserts, updates (of a value, of a
 * period into another year), deletes, an import-like transaction of many writes, a rolled-back transaction,
 * and the wipes; and the held spans of STOCK figures and the parks' patent and staff spans equal their direct
 * computation after patents and staff are written, moved between parks and deleted, and after an enterprise left.
 */
/** On the embedded database (its Java trigger) and on a PostgreSQL server (the PL/pgSQL triggers of V1.6). */
@ParameterizedClass
@EnumSource(Backend.class)
class IndicatorSummariesTest {

    private static final String A = "913704020000000011";
    private static final String B = "913704020000000022";
    private static final String C = "913704020000000033";

    @Parameter
    private Backend backend;
    private Database database;
    private UnitOfWork unitOfWork;
    private long parkOne;
    private long parkTwo;
    private Map<String, Long> ids;

    @BeforeEach
    void ledger() {
        database = backend.open("summaries");
        unitOfWork = new UnitOfWork(database);
        parkOne = new ParkRepository(database.dsl()).save(new Park(0, "P1", "园区一", "一", "枣庄市", null, null, null, false));
        parkTwo = new ParkRepository(database.dsl()).save(new Park(0, "P2", "园区二", "二", "枣庄市", null, null, null, false));
        unitOfWork.inTransaction(repositories -> {
            repositories.bulk().enterprises(parkOne, List.of(enterprise(A), enterprise(B)));
            repositories.bulk().enterprises(parkTwo, List.of(enterprise(C)));
            List<StatRow> months = new ArrayList<>();
            for (int month = 1; month <= 12; month++) {
                months.add(new StatRow(A, "OUTPUT_VALUE", YearMonth.of(2024, month), BigDecimal.valueOf(100 + month)));
                months.add(new StatRow(B, "OUTPUT_VALUE", YearMonth.of(2024, month), BigDecimal.valueOf(7)));
                months.add(new StatRow(C, "OUTPUT_VALUE", YearMonth.of(2025, month), BigDecimal.valueOf(30)));
                months.add(new StatRow(A, "CAPACITY_T", YearMonth.of(2024, month), BigDecimal.valueOf(1000 + month)));
            }
            repositories.bulk().statistics(months, "FORM");
            return null;
        });
        ids = database.dsl().select(ENTERPRISE.USCC, ENTERPRISE.ID).from(ENTERPRISE).fetchMap(ENTERPRISE.USCC, ENTERPRISE.ID);
    }

    @AfterEach
    void close() {
        Backend.close(database);
    }

    @Test
    void bulkWrittenFiguresAreSummedPerParkPeriodAndEnterpriseYear() {
        assertSummariesMatchTheFigures();
        assertThat(database.dsl().fetchCount(STAT_PARK_PERIOD)).isEqualTo(36);
        assertThat(storedYearSums(database.dsl())).hasSize(4);
        assertThat(database.dsl().fetchCount(STAT_PARK_HELD)).isEqualTo(12);
    }

    @Test
    void insertsOfCoarserAndFinerFiguresCountOnlyTheFinest() {
        write(stats -> {
            // A's first quarter of 2024 also as a quarter: the months count, not the quarter
            stats.insert(stat(A, StatPeriod.quarter(2024, 1), "999"));
            // B reports 2023 only as a year: the year counts
            stats.insert(stat(B, StatPeriod.year(2023), "84"));
            // ... and a quarter of it later: now the quarter counts and the year does not
            stats.insert(stat(B, StatPeriod.quarter(2023, 2), "20"));
        });
        assertSummariesMatchTheFigures();
    }

    @Test
    void updatesOfAValueAndOfAPeriodIntoAnotherYearReplaceBothYears() {
        PeriodStat march = find(A, StatPeriod.month(2024, 3));
        PeriodStat april = find(A, StatPeriod.month(2024, 4));
        write(stats -> {
            stats.update(new PeriodStat(march.id(), march.enterpriseId(), march.metricCode(), march.period(),
                    new BigDecimal("5000"), "FORM"));
            stats.update(new PeriodStat(april.id(), ids.get(C), april.metricCode(), StatPeriod.month(2023, 4),
                    april.value(), "FORM"));
        });
        assertSummariesMatchTheFigures();
    }

    @Test
    void deletingTheMonthsOfAQuarterLetsTheQuarterCount() {
        write(stats -> stats.insert(stat(A, StatPeriod.quarter(2024, 2), "600")));
        write(stats -> {
            for (int month = 4; month <= 6; month++) {
                stats.delete(find(A, StatPeriod.month(2024, month)).id());
            }
        });
        assertSummariesMatchTheFigures();
    }

    @Test
    void monthsAddedOrRevaluedAreAddedToTheKeptYearlySumsOfTheirEnterprises() {
        write(stats -> {
            // A's first month of 2025 (a year with no sums yet) and B's next one; then A's March revalued back and forth
            stats.insert(stat(A, StatPeriod.month(2025, 1), "11"));
            stats.insert(stat(B, StatPeriod.month(2025, 2), "0"));
        });
        PeriodStat march = find(A, StatPeriod.month(2024, 3));
        write(stats -> {
            for (String value : List.of("5", "7", "5", "7")) {
                stats.update(new PeriodStat(march.id(), march.enterpriseId(), march.metricCode(), march.period(),
                        new BigDecimal(value), "FORM"));
            }
            stats.insert(stat(B, StatPeriod.month(2025, 3), "2.5"));
        });
        assertSummariesMatchTheFigures();
        long output = database.dsl().select(METRIC.ID).from(METRIC).where(METRIC.CODE.eq("OUTPUT_VALUE")).fetchOne(METRIC.ID);
        assertThat(storedYearSums(database.dsl())).filteredOn(sum -> sum.enterpriseId() == ids.get(A)
                        && sum.year() == 2024 && sum.metricId() == output)
                .singleElement().extracting(EnterpriseYearSums.Sum::total, org.assertj.core.api.InstanceOfAssertFactories.BIG_DECIMAL)
                .isEqualByComparingTo(BigDecimal.valueOf(12 * 100 + 78 - 103 + 7));
    }

    @Test
    void aMonthAddedWhereAQuarterOrAYearCountedStopsItCounting() {
        write(stats -> {
            stats.insert(stat(A, StatPeriod.quarter(2025, 1), "300"));
            stats.insert(stat(B, StatPeriod.year(2025), "1200"));
        });
        assertSummariesMatchTheFigures();
        write(stats -> {
            stats.insert(stat(A, StatPeriod.month(2025, 2), "40"));
            stats.insert(stat(B, StatPeriod.month(2025, 7), "50"));
        });
        assertSummariesMatchTheFigures();
        write(stats -> stats.insert(stat(A, StatPeriod.month(2025, 5), "60")));
        assertSummariesMatchTheFigures();
    }

    @Test
    void monthsAddedWhereNoCoarserFigureCountsReplaceOnlyTheMonthsParkSums() {
        PeriodStat march = find(A, StatPeriod.month(2024, 3));
        List<String> replaced = replacedParkPeriods(stats -> {
            stats.insert(stat(A, StatPeriod.month(2025, 4), "11"));
            stats.insert(stat(B, StatPeriod.month(2025, 4), "12"));
            stats.update(new PeriodStat(march.id(), march.enterpriseId(), march.metricCode(), march.period(),
                    new BigDecimal("500"), "IMPORT"));
        });
        assertThat(replaced).as("the quarters and years hold no counting figure: their sums stay as they are")
                .containsExactlyInAnyOrder("2025-04-01", "2024-03-01");
        assertSummariesMatchTheFigures();

        write(stats -> stats.insert(stat(A, StatPeriod.quarter(2025, 3), "90")));
        replaced = replacedParkPeriods(stats -> stats.insert(stat(B, StatPeriod.month(2025, 5), "13")));
        assertThat(replaced).as("a quarter counts in 2025: the month's quarter and year are recomputed too")
                .containsExactlyInAnyOrder("2025-05-01", "2025-04-01", "2025-01-01");
        assertSummariesMatchTheFigures();
    }

    @Test
    void manyMetricsWrittenAtOnceReplaceEachPeriodsSumsOnceAndAgreeWithTheFigures() {
        write(stats -> stats.insert(stat(A, StatPeriod.quarter(2025, 3), "90")));
        List<String> replaced = replacedParkPeriods(stats -> {
            // a template's month: every flow metric of both enterprises at once; OUTPUT_VALUE has a quarter counting
            for (String metric : List.of("OUTPUT_VALUE", "MAIN_REVENUE", "ADDED_VALUE", "RD_SPENDING")) {
                stats.insert(new PeriodStat(0, ids.get(A), metric, StatPeriod.month(2025, 4), new BigDecimal("4.5"), "IMPORT"));
                stats.insert(new PeriodStat(0, ids.get(B), metric, StatPeriod.month(2025, 4), new BigDecimal("3"), "IMPORT"));
            }
            // and one metric in a second month
            stats.insert(new PeriodStat(0, ids.get(B), "MAIN_REVENUE", StatPeriod.month(2025, 5), BigDecimal.TEN, "IMPORT"));
        });
        assertThat(replaced).as("one replacement per period, whatever the number of metrics")
                .containsExactlyInAnyOrder("2025-04-01", "2025-05-01", "2025-04-01", "2025-01-01");
        assertSummariesMatchTheFigures();

        PeriodStat april = new PeriodStatRepository(database.dsl()).find(ids.get(A), StatPeriod.month(2025, 4)).stream()
                .filter(stat -> stat.metricCode().equals("ADDED_VALUE")).findFirst().orElseThrow();
        write(stats -> {
            stats.update(withValue(april, "40"));
            stats.insert(new PeriodStat(0, ids.get(A), "RD_SPENDING", StatPeriod.year(2025), new BigDecimal("70"), "FORM"));
            stats.insert(new PeriodStat(0, ids.get(B), "UTILISED_T", StatPeriod.month(2025, 4), BigDecimal.ONE, "FORM"));
        });
        assertSummariesMatchTheFigures();
    }

    /** The first days of the periods whose park sums the flush of these writes deleted and inserted again. */
    private List<String> replacedParkPeriods(StatWrites writes) {
        List<String> starts = new ArrayList<>();
        database.dsl().transaction(configuration -> {
            DSLContext recording = DSL.using(configuration.derive(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext context) {
                    if (context.query() instanceof Delete<?> delete && context.sql().contains("STAT_PARK_PERIOD")) {
                        delete.getBindValues().stream().filter(LocalDate.class::isInstance)
                                .findFirst().ifPresent(start -> starts.add(start.toString()));
                    }
                }
            }));
            writes.apply(new PeriodStatRepository(recording));
            new IndicatorSummaries(recording).flush();
        });
        return starts;
    }

    @Test
    void anImportOfManyFiguresInOneTransactionAndARolledBackOneLeaveTheSumsRight() {
        write(stats -> {
            for (int month = 1; month <= 12; month++) {
                stats.insert(stat(C, StatPeriod.month(2024, month), String.valueOf(month)));
                PeriodStat old = find(B, StatPeriod.month(2024, month));
                stats.update(new PeriodStat(old.id(), old.enterpriseId(), old.metricCode(), old.period(),
                        BigDecimal.valueOf(month * 2L), "IMPORT"));
            }
        });
        assertThatThrownBy(() -> write(stats -> {
            stats.insert(stat(A, StatPeriod.year(2022), "1"));
            throw new IllegalStateException("a cell of the import is wrong");
        })).isInstanceOf(IllegalStateException.class);
        assertSummariesMatchTheFigures();
    }

    @Test
    void figuresAnImportInsertsSetWiseAreNotedByTheWriterInAUnitOfWorkAndByTheTriggerOutsideOne() {
        // noted twice (trigger and writer), a month's change of value would be added twice to its yearly sum
        write(stats -> {
            stats.insertAll(List.of(stat(C, StatPeriod.month(2024, 3), "5"), stat(A, StatPeriod.month(2025, 1), "8"),
                    stat(B, StatPeriod.quarter(2025, 2), "40"), stat(C, StatPeriod.year(2023), "9")), null);
            PeriodStat old = stats.find(ids.get(A), StatPeriod.month(2025, 1)).get(0);
            stats.update(new PeriodStat(old.id(), old.enterpriseId(), old.metricCode(), old.period(), BigDecimal.TEN,
                    "IMPORT"));
        });
        assertThat(database.dsl().fetchCount(DERIVED_CHANGE)).as("all taken in at the commit").isZero();
        assertSummariesMatchTheFigures();

        assertThatThrownBy(() -> write(stats -> {
            stats.insertAll(List.of(stat(B, StatPeriod.month(2025, 2), "3")), null);
            throw new IllegalStateException("a cell of the import is wrong");
        })).isInstanceOf(IllegalStateException.class);
        assertSummariesMatchTheFigures();

        new PeriodStatRepository(database.dsl()).insertAll(List.of(stat(B, StatPeriod.month(2025, 3), "4")), null);
        assertThat(database.dsl().fetchCount(DERIVED_CHANGE)).as("outside a unit of work the trigger notes it").isEqualTo(1);
        unitOfWork.read();
        assertSummariesMatchTheFigures();
    }

    @Test
    void aStockFigureWrittenOrAnEnterpriseLeavingReplacesTheHeldSpans() {
        write(stats -> stats.insert(new PeriodStat(0, ids.get(B), "CAPACITY_T", StatPeriod.year(2023), BigDecimal.TEN,
                "FORM")));
        PeriodStat may = new PeriodStatRepository(database.dsl()).find(ids.get(A), StatPeriod.month(2024, 5)).stream()
                .filter(stat -> stat.metricCode().equals("CAPACITY_T")).findFirst().orElseThrow();
        write(stats -> stats.delete(may.id()));
        assertSummariesMatchTheFigures();

        unitOfWork.inTransaction(repositories -> {
            var enterprise = repositories.enterprises().find(ids.get(A)).orElseThrow();
            repositories.enterprises().update(new org.ecopark.ledger.model.Enterprise(enterprise.id(), enterprise.parkId(),
                    enterprise.uscc(), enterprise.name(), enterprise.shortName(), enterprise.segment(),
                    enterprise.envRelated(), enterprise.settledOn(), LocalDate.of(2024, 8, 15), enterprise.contactPerson(),
                    enterprise.contactPhone(), enterprise.address(), enterprise.note(), enterprise.titles()));
            return null;
        });
        assertSummariesMatchTheFigures();
        assertThat(database.dsl().fetchCount(STAT_PARK_HELD, STAT_PARK_HELD.HELD_UNTIL.eq(LocalDate.of(2024, 8, 15))))
                .isEqualTo(1);
    }

    @Test
    void stockFiguresWrittenBetweenOthersReplaceOnlyTheSpansStartingAtTheirDaysAndAtTheFiguresBefore() {
        write(stats -> {
            stats.insert(capacity(B, StatPeriod.month(2024, 3), "5"));
            stats.insert(capacity(B, StatPeriod.month(2024, 9), "6"));
        });
        assertSummariesMatchTheFigures();
        // a span no change below touches, altered behind the program's back: a replacement of the park's whole
        // history of the metric would mend it, one of the touched spans leaves it
        database.dsl().update(STAT_PARK_HELD).set(STAT_PARK_HELD.TOTAL, BigDecimal.ZERO)
                .where(STAT_PARK_HELD.HELD_FROM.eq(LocalDate.of(2024, 1, 31))).execute();

        write(stats -> {
            stats.insert(capacity(B, StatPeriod.month(2024, 6), "7")); // between B's March and September
            stats.update(withValue(findCapacity(B, StatPeriod.month(2024, 9)), "8"));
            stats.insert(capacity(A, StatPeriod.quarter(2024, 2), "3000")); // ends with A's June
            stats.delete(findCapacity(A, StatPeriod.month(2024, 11)).id());
            stats.insert(capacity(B, StatPeriod.month(2025, 7), "9")); // B's figure before lies ten months back
        });

        assertThat(database.dsl().fetchValue(DSL.select(DSL.sum(STAT_PARK_HELD.TOTAL)).from(STAT_PARK_HELD)
                .where(STAT_PARK_HELD.HELD_FROM.eq(LocalDate.of(2024, 1, 31))))).isEqualByComparingTo(BigDecimal.ZERO);
        database.dsl().deleteFrom(STAT_PARK_HELD).where(STAT_PARK_HELD.HELD_FROM.eq(LocalDate.of(2024, 1, 31))).execute();
        database.dsl().insertInto(STAT_PARK_HELD, STAT_PARK_HELD.PARK_ID, STAT_PARK_HELD.METRIC_ID, STAT_PARK_HELD.HELD_FROM,
                STAT_PARK_HELD.HELD_UNTIL, STAT_PARK_HELD.TOTAL, STAT_PARK_HELD.FIGURES)
                .values(parkOne, capacityId(), LocalDate.of(2024, 1, 31), LocalDate.of(2024, 2, 29), new BigDecimal("1001"), 1)
                .execute();
        assertSummariesMatchTheFigures();
    }

    @Test
    void aStockMonthWrittenInAYearWithAYearFigureEndsItsSpanAtTheYearsEnd() {
        // B's year figure starts long before the month written: it is read by its own range, on 1 January
        write(stats -> {
            stats.insert(capacity(B, StatPeriod.year(2024), "40"));
            stats.insert(capacity(B, StatPeriod.month(2024, 6), "10"));
        });
        assertSummariesMatchTheFigures();

        write(stats -> stats.insert(capacity(B, StatPeriod.month(2024, 8), "20")));

        assertSummariesMatchTheFigures();
        assertThat(database.dsl().select(STAT_PARK_HELD.HELD_UNTIL).from(STAT_PARK_HELD)
                .where(STAT_PARK_HELD.HELD_FROM.eq(LocalDate.of(2024, 8, 31))).and(STAT_PARK_HELD.FIGURES.eq(1))
                .and(STAT_PARK_HELD.TOTAL.eq(new BigDecimal("20"))).fetchOne(STAT_PARK_HELD.HELD_UNTIL))
                .isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void theRangesOfTheFiguresEndingOnOrAfterADayReadEachSuchFigureOnce() {
        write(stats -> {
            for (int year = 2023; year <= 2025; year++) {
                stats.insert(capacity(B, StatPeriod.year(year), "1"));
                for (int quarter = 1; quarter <= 4; quarter++) {
                    stats.insert(capacity(B, StatPeriod.quarter(year, quarter), "1"));
                }
                if (year != 2024) { // A has 2024's months
                    for (int month = 1; month <= 12; month++) {
                        stats.insert(capacity(A, StatPeriod.month(year, month), "1"));
                    }
                }
            }
        });
        DSLContext dsl = database.dsl();
        for (LocalDate day = LocalDate.of(2023, 1, 1); day.isBefore(LocalDate.of(2026, 2, 1)); day = day.plusDays(5)) {
            List<Long> read = new ArrayList<>();
            for (org.jooq.Condition range : MetricQueries.endingOnOrAfter(day)) {
                read.addAll(dsl.select(PERIOD_STAT.ID).from(PERIOD_STAT).where(PERIOD_STAT.METRIC_ID.eq(capacityId()))
                        .and(range).fetch(PERIOD_STAT.ID));
            }
            List<Long> ending = dsl.select(PERIOD_STAT.ID).from(PERIOD_STAT).where(PERIOD_STAT.METRIC_ID.eq(capacityId()))
                    .and(PERIOD_STAT.PERIOD_END.ge(day)).fetch(PERIOD_STAT.ID);
            assertThat(read).as("figures ending on or after %s", day).containsExactlyInAnyOrderElementsOf(ending);
        }
    }

    @Test
    void aFigureNoteWithoutItsDayFromAnOlderVersionReplacesTheParksSpansOfTheMetricWhole() {
        database.dsl().deleteFrom(STAT_PARK_HELD).execute();
        database.dsl().insertInto(DERIVED_CHANGE, DERIVED_CHANGE.KIND, DERIVED_CHANGE.ENTERPRISE_ID, DERIVED_CHANGE.METRIC_ID,
                DERIVED_CHANGE.STAT_YEAR).values("S", ids.get(A), capacityId(), 2024).execute();

        unitOfWork.inTransaction(repositories -> null);

        assertSummariesMatchTheFigures();
    }

    private PeriodStat capacity(String uscc, StatPeriod period, String value) {
        return new PeriodStat(0, ids.get(uscc), "CAPACITY_T", period, new BigDecimal(value), "FORM");
    }

    private PeriodStat findCapacity(String uscc, StatPeriod period) {
        return new PeriodStatRepository(database.dsl()).find(ids.get(uscc), period).stream()
                .filter(stat -> stat.metricCode().equals("CAPACITY_T")).findFirst().orElseThrow();
    }

    private static PeriodStat withValue(PeriodStat stat, String value) {
        return new PeriodStat(stat.id(), stat.enterpriseId(), stat.metricCode(), stat.period(), new BigDecimal(value),
                stat.source());
    }

    private long capacityId() {
        return database.dsl().select(METRIC.ID).from(METRIC).where(METRIC.CODE.eq("CAPACITY_T")).fetchOne(METRIC.ID);
    }

    @Test
    void patentsAndStaffWrittenMovedAndDeletedKeepTheParksSpans() {
        long a = ids.get(A);
        long c = ids.get(C);
        long shared = unitOfWork.inTransaction(repositories -> {
            repositories.patents().insert(patent(0, "ZL202310000001.1", List.of(a), null));
            long id = repositories.patents().insert(patent(0, "ZL202310000002.2", List.of(a, c), null));
            repositories.rdStaff().insert(new RdStaff(0, a, "李红", null, null, null, true, LocalDate.of(2023, 3, 1), null));
            repositories.rdStaff().insert(new RdStaff(0, c, "王刚", null, null, null, true, LocalDate.of(2023, 5, 1), null));
            return id;
        });
        assertSummariesMatchTheFigures();
        assertThat(database.dsl().fetchCount(PARK_SPAN)).isEqualTo(4);

        unitOfWork.inTransaction(repositories -> {
            // the co-owned patent lapses and leaves park one; a staff member moves to park one
            repositories.patents().update(patent(shared, "ZL202310000002.2", List.of(c), LocalDate.of(2025, 1, 1)));
            RdStaff wang = repositories.rdStaff().findByPark(parkTwo).get(0);
            repositories.rdStaff().update(new RdStaff(wang.id(), a, wang.name(), null, null, null, true, wang.joinedOn(),
                    LocalDate.of(2025, 6, 30)));
            return null;
        });
        assertSummariesMatchTheFigures();

        unitOfWork.inTransaction(repositories -> {
            repositories.patents().delete(shared);
            repositories.rdStaff().delete(repositories.rdStaff().findByPark(parkOne).get(0).id());
            return null;
        });
        assertSummariesMatchTheFigures();
    }

    private static Patent patent(long id, String number, List<Long> owners, LocalDate lapsedOn) {
        return new Patent(id, number, "一种水处理剂", PatentType.INVENTION, LocalDate.of(2022, 1, 5),
                LocalDate.of(2023, 6, 9), lapsedOn, lapsedOn == null ? PatentStatus.GRANTED : PatentStatus.LAPSED, owners,
                null);
    }

    @Test
    void wipingAParkOrTheLedgerTakesTheSumsAlong() {
        unitOfWork.inTransaction(repositories -> {
            repositories.rdStaff().insert(new RdStaff(0, ids.get(A), "李红", null, null, null, true,
                    LocalDate.of(2023, 3, 1), null));
            repositories.rdStaff().insert(new RdStaff(0, ids.get(C), "王刚", null, null, null, true,
                    LocalDate.of(2023, 5, 1), null));
            return null;
        });
        unitOfWork.inTransaction(repositories -> {
            repositories.records().deleteParkRecords(parkOne);
            return null;
        });
        assertSummariesMatchTheFigures();
        assertThat(database.dsl().fetchCount(STAT_PARK_PERIOD)).isEqualTo(12);
        assertThat(database.dsl().fetchCount(STAT_PARK_HELD)).isZero();
        assertThat(database.dsl().fetchCount(PARK_SPAN)).as("park two's staff").isEqualTo(1);

        unitOfWork.inTransaction(repositories -> {
            repositories.records().deleteAll();
            return null;
        });
        assertThat(database.dsl().fetchCount(STAT_PARK_PERIOD)).isZero();
        assertThat(database.dsl().fetchCount(STAT_ENTERPRISE_YEAR)).isZero();
        assertThat(database.dsl().fetchCount(PARK_SPAN)).isZero();
    }

    @Test
    void aParkLoadedInManyTransactionsGetsItsSumsWhenTheLoadFinishes() {
        unitOfWork.inTransaction(repositories -> {
            repositories.parks().startLoad(parkOne);
            return null;
        });
        for (int month = 1; month <= 3; month++) {
            YearMonth each = YearMonth.of(2024, month);
            unitOfWork.inTransaction(repositories -> {
                repositories.bulk().statistics(List.of(new StatRow(A, "RD_SPENDING", each, BigDecimal.ONE),
                        new StatRow(C, "RD_SPENDING", each, BigDecimal.TEN)), "GENERATED");
                return null;
            });
        }
        long rdSpending = database.dsl().select(METRIC.ID).from(METRIC).where(METRIC.CODE.eq("RD_SPENDING"))
                .fetchOne(METRIC.ID);
        unitOfWork.read();
        assertThat(database.dsl().fetchCount(STAT_PARK_PERIOD, STAT_PARK_PERIOD.METRIC_ID.eq(rdSpending)
                .and(STAT_PARK_PERIOD.PARK_ID.eq(parkOne)))).as("park one waits for its load").isZero();
        assertThat(database.dsl().fetchCount(STAT_PARK_PERIOD, STAT_PARK_PERIOD.METRIC_ID.eq(rdSpending)
                .and(STAT_PARK_PERIOD.PARK_ID.eq(parkTwo)))).as("park two is not loading").isEqualTo(3);

        unitOfWork.inTransaction(repositories -> {
            repositories.parks().finishLoad(parkOne);
            return null;
        });
        assertSummariesMatchTheFigures();
    }

    @Test
    void figuresWrittenOutsideAnyUnitOfWorkAreTakenInBeforeTheNextRead() {
        new PeriodStatRepository(database.dsl()).insert(stat(A, StatPeriod.month(2022, 7), "77"), null);
        database.dsl().execute("UPDATE period_stat SET stat_value = stat_value + 1 WHERE enterprise_id = ?", ids.get(B));

        unitOfWork.read();

        assertSummariesMatchTheFigures();
    }

    @Test
    void aMetricThatChangesKindHasEverySumRecomputed() {
        database.dsl().execute("UPDATE metric SET value_kind = 'STOCK' WHERE code = 'OUTPUT_VALUE'");

        unitOfWork.read();

        assertSummariesMatchTheFigures();
        assertThat(database.dsl().fetchCount(STAT_PARK_HELD)).as("output value now held like capacity").isEqualTo(36);
    }

    private interface StatWrites {
        void apply(PeriodStatRepository stats);
    }

    private void write(StatWrites writes) {
        unitOfWork.inTransaction(repositories -> {
            writes.apply(repositories.periodStats());
            return null;
        });
    }

    private PeriodStat stat(String uscc, StatPeriod period, String value) {
        return new PeriodStat(0, ids.get(uscc), "OUTPUT_VALUE", period, new BigDecimal(value), "FORM");
    }

    private PeriodStat find(String uscc, StatPeriod period) {
        return new PeriodStatRepository(database.dsl()).find(ids.get(uscc), period).get(0);
    }

    private static EnterpriseRow enterprise(String uscc) {
        return new EnterpriseRow(uscc, "企业" + uscc.substring(16), null, "MANUFACTURING", true, null, null, null, null,
                null, null);
    }

    /** The sums as the figures give them, against what the tables hold. */
    private void assertSummariesMatchTheFigures() {
        DSLContext dsl = database.dsl();
        List<Record> figures = dsl.select(ENTERPRISE.PARK_ID, PERIOD_STAT.ENTERPRISE_ID, PERIOD_STAT.METRIC_ID,
                        PERIOD_STAT.PERIOD_TYPE, PERIOD_STAT.PERIOD_START, PERIOD_STAT.PERIOD_END, PERIOD_STAT.STAT_VALUE)
                .from(PERIOD_STAT).join(ENTERPRISE).on(ENTERPRISE.ID.eq(PERIOD_STAT.ENTERPRISE_ID)).fetch()
                .stream().map(r -> (Record) r).toList();
        Map<String, BigDecimal> periods = new TreeMap<>();
        Map<String, BigDecimal> years = new TreeMap<>();
        for (Record figure : figures) {
            if (!counts(figure, figures)) {
                continue;
            }
            BigDecimal value = figure.get(PERIOD_STAT.STAT_VALUE);
            periods.merge(figure.get(ENTERPRISE.PARK_ID) + "|" + figure.get(PERIOD_STAT.METRIC_ID) + "|"
                    + figure.get(PERIOD_STAT.PERIOD_START) + "|" + figure.get(PERIOD_STAT.PERIOD_END), value, BigDecimal::add);
            years.merge(figure.get(ENTERPRISE.PARK_ID) + "|" + figure.get(PERIOD_STAT.METRIC_ID) + "|"
                    + figure.get(PERIOD_STAT.PERIOD_START).getYear() + "|" + figure.get(PERIOD_STAT.ENTERPRISE_ID),
                    value, BigDecimal::add);
        }
        Map<String, BigDecimal> storedPeriods = new TreeMap<>();
        dsl.selectFrom(STAT_PARK_PERIOD).forEach(r -> storedPeriods.put(r.getParkId() + "|" + r.getMetricId() + "|"
                + r.getPeriodStart() + "|" + r.getPeriodEnd(), r.getTotal()));
        Map<String, BigDecimal> storedYears = new TreeMap<>();
        storedYearSums(dsl).forEach(sum -> storedYears.put(sum.parkId() + "|" + sum.metricId() + "|" + sum.year() + "|"
                + sum.enterpriseId(), sum.total()));
        assertThat(storedPeriods.keySet()).isEqualTo(periods.keySet());
        periods.forEach((key, sum) -> assertThat(storedPeriods.get(key)).as(key).isEqualByComparingTo(sum));
        assertThat(storedYears.keySet()).isEqualTo(years.keySet());
        years.forEach((key, sum) -> assertThat(storedYears.get(key)).as(key).isEqualByComparingTo(sum));
        for (long park : List.of(parkOne, parkTwo)) {
            for (long metric : dsl.select(METRIC.ID).from(METRIC).where(METRIC.VALUE_KIND.eq("STOCK")).fetch(METRIC.ID)) {
                List<String> held = new MetricQueries(dsl, null, null, false).held(List.of(park), metric).stream()
                        .map(h -> h.from() + "|" + h.until() + "|" + h.sum().stripTrailingZeros().toPlainString() + "|" + h.rows())
                        .sorted().toList();
                List<String> stored = dsl.selectFrom(STAT_PARK_HELD).where(STAT_PARK_HELD.PARK_ID.eq(park))
                        .and(STAT_PARK_HELD.METRIC_ID.eq(metric)).fetch().stream()
                        .map(h -> h.getHeldFrom() + "|" + h.getHeldUntil() + "|"
                                + h.getTotal().stripTrailingZeros().toPlainString() + "|" + h.getFigures())
                        .sorted().toList();
                assertThat(stored).as("held spans of park %d, metric %d", park, metric).isEqualTo(held);
            }
            assertThat(storedSpans(park, IndicatorSummaries.PATENT))
                    .isEqualTo(spans(IndicatorQueries.patentSpans(List.of(park)).spans(dsl, null)));
            assertThat(storedSpans(park, IndicatorSummaries.STAFF))
                    .isEqualTo(spans(IndicatorQueries.staffSpans(List.of(park)).spans(dsl, null)));
        }
    }

    private List<String> storedSpans(long park, String kind) {
        return spans(IndicatorSummaries.storedSpans(database.dsl(), park, kind).toSpans());
    }

    private static List<String> spans(List<SpanQuery.Span> spans) {
        return spans.stream().map(span -> span.start() + "|" + span.end() + "|" + span.count()).sorted().toList();
    }

    /** A month always counts; a quarter or a year unless a finer figure of the enterprise and metric lies inside. */
    private static boolean counts(Record figure, List<Record> figures) {
        String type = figure.get(PERIOD_STAT.PERIOD_TYPE);
        if (type.equals("MONTH")) {
            return true;
        }
        LocalDate start = figure.get(PERIOD_STAT.PERIOD_START);
        LocalDate end = figure.get(PERIOD_STAT.PERIOD_END);
        return figures.stream().noneMatch(other -> other.get(PERIOD_STAT.ENTERPRISE_ID).equals(figure.get(PERIOD_STAT.ENTERPRISE_ID))
                && other.get(PERIOD_STAT.METRIC_ID).equals(figure.get(PERIOD_STAT.METRIC_ID))
                && (other.get(PERIOD_STAT.PERIOD_TYPE).equals("MONTH")
                        || type.equals("YEAR") && other.get(PERIOD_STAT.PERIOD_TYPE).equals("QUARTER"))
                && !other.get(PERIOD_STAT.PERIOD_START).isBefore(start) && !other.get(PERIOD_STAT.PERIOD_START).isAfter(end));
    }

    /** Every enterprise's kept yearly sum, of every park, unpacked. */
    private static List<EnterpriseYearSums.Sum> storedYearSums(DSLContext dsl) {
        List<EnterpriseYearSums.Sum> sums = new ArrayList<>();
        for (long park : dsl.selectDistinct(STAT_ENTERPRISE_YEAR.PARK_ID).from(STAT_ENTERPRISE_YEAR)
                .fetch(STAT_ENTERPRISE_YEAR.PARK_ID)) {
            sums.addAll(new EnterpriseYearSums(dsl).ofPark(park));
        }
        return sums;
    }
}
