package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE;
import static org.ecopark.ledger.persistence.jooq.Tables.ENTERPRISE_TITLE;
import static org.ecopark.ledger.persistence.jooq.Tables.METRIC;
import static org.ecopark.ledger.persistence.jooq.Tables.PERIOD_STAT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Sampling;
import org.ecopark.ledger.model.TargetScope;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each province target the parks can feed, its contribution against a recomputation from the two parks' own ledgers;
 * the rest marked as needing the province's figures.
 */
class ProvinceContributionsTest extends TwoParkBureauTest {

    private static final LocalDate END = TwoParkBureau.END;
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final Set<String> MAPPED = Set.of("SD-T02", "SD-T03", "SD-T04", "SD-T05", "SD-T06", "SD-T07",
            "SD-T08", "SD-T09", "SD-T14", "SD-T15");

    @BeforeEach
    void receiveBoth() {
        bureau.packageIntake().receive(parks.firstPackage);
        bureau.packageIntake().receive(parks.secondPackage);
    }

    private Map<String, ProvinceContributions.Row> rows(String period) {
        return bureau.provinceContributions().rows(bureau.consolidation().matrix(period)).stream()
                .collect(Collectors.toMap(row -> row.target().code(), row -> row));
    }

    @Test
    void everyMappedTargetHasItsTest() {
        assertThat(ProvinceFeeds.MAPPINGS.keySet()).containsExactlyInAnyOrderElementsOf(MAPPED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SD-T02", "SD-T03", "SD-T04", "SD-T05", "SD-T06", "SD-T07", "SD-T08", "SD-T09", "SD-T14",
            "SD-T15"})
    void aMappedTargetGetsTheParksContributionFromTheirOwnLedgers(String code) {
        ProvinceContributions.Row row = rows("2025").get(code);

        BigDecimal expected = switch (code) {
            case "SD-T02" -> titled("LEADING");
            case "SD-T03" -> over("ENV_REVENUE", new BigDecimal("10000"));
            case "SD-T04" -> envRevenue("MANUFACTURING", false).divide(BigDecimal.valueOf(10_000));
            case "SD-T06" -> envRevenue("SERVICE", false).divide(BigDecimal.valueOf(10_000));
            case "SD-T08" -> envRevenue("RESOURCE", false).divide(BigDecimal.valueOf(10_000));
            case "SD-T05" -> CrossParkFigures.percent(envRevenue("MANUFACTURING", true), envRevenue("MANUFACTURING", false));
            case "SD-T07" -> CrossParkFigures.percent(envRevenue("SERVICE", true), envRevenue("SERVICE", false));
            case "SD-T09" -> CrossParkFigures.percent(envRevenue("RESOURCE", true), envRevenue("RESOURCE", false));
            case "SD-T14" -> titled("PROVINCIAL_SRDI");
            case "SD-T15" -> titled("NATIONAL_LITTLE_GIANT");
            default -> throw new IllegalArgumentException(code);
        };

        assertThat(row.source()).isEqualTo(ProvinceContributions.Source.PARKS);
        assertThat(row.contributing()).extracting(p -> p.code()).containsExactlyInAnyOrder("ZZSZ", "BZHM");
        if (expected == null) {
            assertThat(row.contribution()).isNull();
        } else {
            assertThat(row.contribution()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void theFixturesGiveTheMappingsSomethingToCount() {
        Map<String, ProvinceContributions.Row> rows = rows("2025");
        // BZHM: two provincial SRDI, one leader, a little giant whose title expired in June, one enterprise over 1亿元
        assertThat(rows.get("SD-T14").contribution()).isEqualByComparingTo("2");
        assertThat(rows.get("SD-T15").contribution()).isEqualByComparingTo("0");
        assertThat(rows.get("SD-T02").contribution()).isEqualByComparingTo("1");
        assertThat(rows.get("SD-T03").contribution()).isEqualByComparingTo("1");
        assertThat(rows.get("SD-T04").contribution()).isEqualByComparingTo("1.2");
        assertThat(rows.get("SD-T05").contribution()).isEqualByComparingTo("100");
        assertThat(rows.get("SD-T07").contribution()).isEqualByComparingTo("0");
        assertThat(rows.get("SD-T09").contribution()).isNull();
    }

    @Test
    void everyOtherProvinceTargetNeedsTheProvincesFigures() {
        Map<String, ProvinceContributions.Row> rows = rows("2025");
        int provinceTargets = bureau.targets().list(org.ecopark.ledger.model.TargetFilter.all()
                .withScope(TargetScope.PROVINCE, null)).size();

        assertThat(rows).hasSize(provinceTargets); // neither park belongs to a cluster
        rows.values().stream().filter(row -> !MAPPED.contains(row.target().code())).forEach(row -> {
            assertThat(row.source()).isEqualTo(ProvinceContributions.Source.PROVINCE);
            assertThat(row.contribution()).isNull();
        });
        assertThat(rows.get("SD-T01").source()).isEqualTo(ProvinceContributions.Source.PROVINCE);
    }

    @Test
    void aQuarterCountsTitlesButHasNoYearlyAmounts() {
        Map<String, ProvinceContributions.Row> rows = rows("2025Q3");

        assertThat(rows.get("SD-T04").source()).isEqualTo(ProvinceContributions.Source.NEEDS_YEAR);
        assertThat(rows.get("SD-T03").source()).isEqualTo(ProvinceContributions.Source.NEEDS_YEAR);
        // nothing was accepted for the quarter: no contribution, every park missing
        assertThat(rows.get("SD-T14").source()).isEqualTo(ProvinceContributions.Source.PARKS);
        assertThat(rows.get("SD-T14").contribution()).isNull();
        assertThat(rows.get("SD-T14").missing()).hasSize(2);
    }

    /** Environmental enterprises holding the title at the end of 2025, by the ledgers' own indicator query. */
    private static BigDecimal titled(String title) {
        BigDecimal total = BigDecimal.ZERO;
        for (SubmissionFixture park : List.of(parks.first, parks.second)) {
            BigDecimal count = park.unitOfWork.read().indicatorQueriesFromRecords()
                    .enterprisesWithTitle(List.of(park.park().id()), title, Sampling.level(List.of(END))).get(0);
            total = total.add(count == null ? BigDecimal.ZERO : count); // a park without titles has no data
        }
        return total;
    }

    /** Enterprises whose metric of 2025 exceeds the threshold, by the ledgers' own indicator query. */
    private static BigDecimal over(String metric, BigDecimal threshold) {
        BigDecimal total = BigDecimal.ZERO;
        for (SubmissionFixture park : List.of(parks.first, parks.second)) {
            BigDecimal count = park.unitOfWork.read().indicatorQueriesFromRecords()
                    .enterprisesMetricOver(List.of(park.park().id()), metric, threshold, Sampling.level(List.of(END)))
                    .get(0);
            total = total.add(count == null ? BigDecimal.ZERO : count);
        }
        return total;
    }

    /** ENV_REVENUE of 2025 of a segment's enterprises (only the leaders), summed in the ledgers' tables. */
    private static BigDecimal envRevenue(String segment, boolean leadersOnly) {
        BigDecimal total = BigDecimal.ZERO;
        for (SubmissionFixture park : List.of(parks.first, parks.second)) {
            DSLContext dsl = park.database.dsl();
            Condition leaders = leadersOnly ? DSL.exists(DSL.selectOne().from(ENTERPRISE_TITLE)
                    .where(ENTERPRISE_TITLE.ENTERPRISE_ID.eq(ENTERPRISE.ID)).and(ENTERPRISE_TITLE.TITLE.eq("LEADING"))
                    .and(ENTERPRISE_TITLE.AWARDED_ON.le(END))
                    .and(ENTERPRISE_TITLE.EXPIRES_ON.isNull().or(ENTERPRISE_TITLE.EXPIRES_ON.gt(END))))
                    : DSL.noCondition();
            BigDecimal sum = dsl.select(DSL.sum(PERIOD_STAT.STAT_VALUE)).from(PERIOD_STAT)
                    .join(ENTERPRISE).on(ENTERPRISE.ID.eq(PERIOD_STAT.ENTERPRISE_ID))
                    .join(METRIC).on(METRIC.ID.eq(PERIOD_STAT.METRIC_ID))
                    .where(METRIC.CODE.eq("ENV_REVENUE")).and(ENTERPRISE.SEGMENT.eq(segment))
                    .and(PERIOD_STAT.PERIOD_START.ge(START)).and(PERIOD_STAT.PERIOD_END.le(END)).and(leaders)
                    .fetchOne(0, BigDecimal.class);
            if (sum != null) {
                total = total.add(sum);
            }
        }
        return total;
    }
}
