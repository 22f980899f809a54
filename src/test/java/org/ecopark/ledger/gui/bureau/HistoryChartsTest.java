package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.ecopark.ledger.chart.TrajectoryChartData;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.ParkTargetHistory;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.SeriesPoint;
import org.ecopark.ledger.model.TargetKind;
import org.junit.jupiter.api.Test;

/** A park's history as the trajectory chart's data: the packages' figures, the target's level, the deadline. */
class HistoryChartsTest {

    private static final Park PARK = new Park(1, "ZZSZ", "枣庄市中区生态环保产业特色园区", "枣庄市中区", "枣庄市", "市中区",
            null, null, true, null, "Zaozhuang Shizhong");

    @Test
    void yearsOfAFlowAreJoinedAndQuartersBreakAtEachJanuary() {
        ParkTargetHistory years = history(TargetKind.FLOW, point("2024", 2024, 12, 31, "48"), point("2025", 2025, 12, 31, "55"));
        ParkTargetHistory quarters = history(TargetKind.FLOW, point("2024Q4", 2024, 12, 31, "48"),
                point("2025Q1", 2025, 3, 31, "12"));
        ParkTargetHistory stock = history(TargetKind.STOCK, point("2025Q1", 2025, 3, 31, "12"));

        assertThat(HistoryCharts.yearToDate(years)).isFalse();
        assertThat(HistoryCharts.yearToDate(quarters)).isTrue();
        assertThat(HistoryCharts.yearToDate(stock)).isFalse();
    }

    @Test
    void theChartShowsThePackagesFiguresAgainstTheTarget() {
        I18n.setLocale(I18n.CHINESE);
        ParkTargetHistory years = history(TargetKind.FLOW, point("2024", 2024, 12, 31, "48"), point("2025", 2025, 12, 31, "55"));

        TrajectoryChartData data = HistoryCharts.of(years, Locale.ENGLISH);
        TrajectoryChartData empty = HistoryCharts.of(history(TargetKind.FLOW), I18n.CHINESE);

        assertThat(data.title()).isEqualTo("Zaozhuang Shizhong");
        assertThat(data.actual()).containsExactly(new SeriesPoint(LocalDate.of(2024, 12, 31), new BigDecimal("48")),
                new SeriesPoint(LocalDate.of(2025, 12, 31), new BigDecimal("55")));
        assertThat(data.targetLevel()).isEqualByComparingTo("60");
        assertThat(data.deadline()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(data.unitLabel()).isEqualTo("亿元");
        assertThat(data.forecast()).isEmpty();
        assertThat(empty.title()).isEqualTo("枣庄市中区（尚无已接收的数据包）");
        assertThat(empty.actual()).isEmpty();
    }

    private static ParkTargetHistory history(TargetKind kind, ParkTargetHistory.Point... points) {
        return new ParkTargetHistory(PARK, "ZZSZ-T02", "主营业务收入", kind, "MAIN_REVENUE_YEAR_SUM", "亿元",
                new BigDecimal("60"), LocalDate.of(2025, 12, 31), null, List.of(points));
    }

    private static ParkTargetHistory.Point point(String period, int year, int month, int day, String actual) {
        return new ParkTargetHistory.Point(period, LocalDate.of(year, month, day), new BigDecimal(actual), 1);
    }
}
