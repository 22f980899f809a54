package org.ecopark.ledger.logic.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A package's statistics summed by the park ledger's rule: the finest figures of an enterprise count, once. */
class PackageFiguresTest {

    private static final String DATA = """
            {"format": 1, "tables": {
              "targets": [],
              "enterprises": [
                {"uscc": "A", "segment": "MANUFACTURING", "envRelated": true, "settledOn": "2020-01-01", "leftOn": null,
                 "titles": [{"title": "LEADING", "awardedOn": "2024-01-01", "expiresOn": null}]},
                {"uscc": "B", "segment": "SERVICE", "envRelated": false, "settledOn": "2020-01-01",
                 "leftOn": "2025-06-30", "titles": [{"title": "LEADING", "awardedOn": "2024-01-01", "expiresOn": null}]}],
              "statistics": [
                {"uscc": "A", "metricCode": "OUTPUT_VALUE", "periodType": "YEAR", "periodStart": "2025-01-01",
                 "periodEnd": "2025-12-31", "value": 1000, "unit": "万元"},
                {"uscc": "A", "metricCode": "OUTPUT_VALUE", "periodType": "QUARTER", "periodStart": "2025-01-01",
                 "periodEnd": "2025-03-31", "value": 200, "unit": "万元"},
                {"uscc": "A", "metricCode": "OUTPUT_VALUE", "periodType": "MONTH", "periodStart": "2025-04-01",
                 "periodEnd": "2025-04-30", "value": 70, "unit": "万元"},
                {"uscc": "A", "metricCode": "OUTPUT_VALUE", "periodType": "QUARTER", "periodStart": "2025-04-01",
                 "periodEnd": "2025-06-30", "value": 250, "unit": "万元"},
                {"uscc": "B", "metricCode": "OUTPUT_VALUE", "periodType": "YEAR", "periodStart": "2025-01-01",
                 "periodEnd": "2025-12-31", "value": 500, "unit": "万元"},
                {"uscc": "B", "metricCode": "RD_SPENDING", "periodType": "YEAR", "periodStart": "2025-01-01",
                 "periodEnd": "2025-12-31", "value": 9, "unit": "万元"}]}}
            """;

    private static PackageFigures figures() throws IOException {
        return PackageFigures.readData(new ByteArrayInputStream(DATA.getBytes(StandardCharsets.UTF_8)),
                Set.of("OUTPUT_VALUE"));
    }

    @Test
    void aCoarserFigureWithFinerOnesInsideItIsOnlyACheck() throws IOException {
        LocalDate start = LocalDate.of(2025, 1, 1);
        LocalDate end = LocalDate.of(2025, 12, 31);

        // A: the year has quarters inside it, the second quarter a month: Q1 200 + April 70 count
        assertThat(figures().sumsByEnterprise("OUTPUT_VALUE", start, end).get("A")).isEqualByComparingTo("270");
        assertThat(figures().sum("OUTPUT_VALUE", start, end)).isEqualByComparingTo("770");
        assertThat(figures().sum("OUTPUT_VALUE", start, LocalDate.of(2025, 3, 31))).isEqualByComparingTo("200");
        assertThat(figures().sum("RD_SPENDING", start, end)).isNull(); // not asked for
    }

    @Test
    void titlesCountWhileTheEnterpriseIsInThePark() throws IOException {
        PackageFigures figures = figures();

        assertThat(figures.enterprisesHolding("LEADING", LocalDate.of(2025, 3, 31), e -> true)).isEqualTo(2);
        assertThat(figures.enterprisesHolding("LEADING", LocalDate.of(2025, 12, 31), e -> true)).isEqualTo(1);
        assertThat(figures.enterprisesHolding("LEADING", LocalDate.of(2023, 12, 31), e -> true)).isZero();
        assertThat(figures.envRelated()).containsExactly("A");
    }
}
