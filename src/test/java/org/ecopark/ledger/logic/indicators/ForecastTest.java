package org.ecopark.ledger.logic.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecopark.ledger.model.SeriesPoint;
import org.junit.jupiter.api.Test;

class ForecastTest {

    private static SeriesPoint point(String date, String value) {
        return new SeriesPoint(LocalDate.parse(date), new BigDecimal(value));
    }

    @Test
    void fewerThanThreePointsGiveNoForecast() {
        assertThat(Forecast.at(List.of(), LocalDate.of(2025, 12, 31))).isEmpty();
        assertThat(Forecast.at(List.of(point("2025-01-01", "1"), point("2025-01-11", "2")), LocalDate.of(2025, 12, 31)))
                .isEmpty();
    }

    @Test
    void pointsOnALineAreExtrapolatedExactly() {
        // 2 per day from 10 on 2025-01-01
        List<SeriesPoint> line = List.of(point("2025-01-01", "10"), point("2025-01-11", "30"), point("2025-01-31", "70"));
        assertThat(Forecast.at(line, LocalDate.of(2025, 2, 10))).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("90"));
    }

    @Test
    void theLineIsTheLeastSquaresFitThroughScatteredPoints() {
        // x = 0, 1, 2, 3 days; y = 1, 3, 2, 4: slope 0.8, intercept 1.3 -> 1.3 + 0.8 * 10 = 9.3 at day 10
        List<SeriesPoint> points = List.of(point("2025-01-01", "1"), point("2025-01-02", "3"),
                point("2025-01-03", "2"), point("2025-01-04", "4"));
        Forecast.Line line = Forecast.fit(points).orElseThrow();
        assertThat(line.slopePerDay()).isCloseTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(line.valueAt(LocalDate.of(2025, 1, 11))).isEqualByComparingTo("9.3");
    }

    @Test
    void aFlatSeriesForecastsItsLevel() {
        List<SeriesPoint> flat = List.of(point("2024-01-31", "5"), point("2024-02-29", "5"), point("2024-03-31", "5"));
        assertThat(Forecast.at(flat, LocalDate.of(2025, 12, 31))).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("5"));
    }

    @Test
    void monthEndsOfDifferentLengthsWeighByTheirDays() {
        // 1 per day: February has 29 days in 2024, so the values jump unevenly but lie on one line
        List<SeriesPoint> daily = List.of(point("2024-01-31", "31"), point("2024-02-29", "60"), point("2024-03-31", "91"));
        assertThat(Forecast.at(daily, LocalDate.of(2024, 12, 31))).hasValueSatisfying(
                value -> assertThat(value).isEqualByComparingTo("366"));
    }
}
