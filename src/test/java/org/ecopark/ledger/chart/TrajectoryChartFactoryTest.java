package org.ecopark.ledger.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.SeriesPoint;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrajectoryChartFactoryTest {

    private static final Path OUT = Path.of("target/charts");

    @BeforeEach
    void chinese() {
        I18n.setLocale(I18n.CHINESE);
    }

    /** Main business revenue of a park: 38 亿元 at the end of 2022, 60 亿元 required by the end of 2025. */
    static TrajectoryChartData revenue() {
        List<SeriesPoint> actual = new ArrayList<>();
        LocalDate month = LocalDate.of(2023, 1, 31);
        double value = 38.6;
        while (!month.isAfter(LocalDate.of(2025, 6, 30))) {
            value += 0.45 + 0.25 * Math.sin(month.getMonthValue());
            actual.add(new SeriesPoint(month, BigDecimal.valueOf(value).setScale(1, java.math.RoundingMode.HALF_UP)));
            month = month.plusMonths(1).withDayOfMonth(1).plusMonths(1).minusDays(1);
        }
        SeriesPoint last = actual.get(actual.size() - 1);
        LocalDate deadline = LocalDate.of(2025, 12, 31);
        return new TrajectoryChartData("主营业务收入", "亿元", actual, new BigDecimal("60"),
                new SeriesPoint(LocalDate.of(2022, 12, 31), new BigDecimal("38")), deadline,
                List.of(last, new SeriesPoint(deadline, new BigDecimal("55.3"))),
                List.of(new SeriesPoint(LocalDate.of(2022, 12, 31), new BigDecimal("38")),
                        new SeriesPoint(deadline, new BigDecimal("60"))), false);
    }

    @Test
    void drawsActualPaceForecastAndBaselineAsSeparateSeries() {
        XYPlot plot = TrajectoryChartFactory.create(revenue()).getXYPlot();
        XYDataset dataset = plot.getDataset();

        assertThat(dataset.getSeriesCount()).isEqualTo(4);
        assertThat(dataset.getSeriesKey(0)).isEqualTo("实际值");
        assertThat(dataset.getSeriesKey(1)).isEqualTo("目标进度");
        assertThat(dataset.getSeriesKey(2)).isEqualTo("预测");
        assertThat(dataset.getSeriesKey(3)).isEqualTo("基期值");
        assertThat(dataset.getItemCount(0)).isEqualTo(30);
    }

    @Test
    void labelsTheTargetLevelTheDeadlineAndTheLatestValues() {
        JFreeChart chart = TrajectoryChartFactory.create(revenue());
        XYPlot plot = chart.getXYPlot();

        assertThat(TrajectoryLabels.of(chart).texts()).containsExactly(Map.entry(TrajectoryLabels.TARGET, "目标 60 亿元"),
                Map.entry(TrajectoryLabels.DEADLINE, "截止 2025-12-31"), Map.entry("actual", "52"),
                Map.entry("forecast", "55.3"));
        ValueMarker target = (ValueMarker) plot.getRangeMarkers(Layer.BACKGROUND).iterator().next();
        assertThat(target.getValue()).isEqualTo(60.0);
        assertThat(target.getPaint()).isEqualTo(TrajectoryChartFactory.TARGET);
        assertThat(plot.getDomainMarkers(Layer.BACKGROUND)).hasSize(1);
    }

    @Test
    void everyLabelIsDrawnInItsBoxClearOfTheOtherLabelsAndLines() {
        JFreeChart chart = TrajectoryChartFactory.create(revenue());
        BufferedImage image = LabelOverlaps.draw(chart, 900, 500);

        ChartLabelLayout.Result layout = TrajectoryLabels.of(chart).lastLayout();
        assertThat(LabelOverlaps.of(chart, "revenue 900x500")).isEmpty();
        assertThat(layout.dropped()).isEmpty();
        Map<String, Color> paints = Map.of(TrajectoryLabels.TARGET, TrajectoryChartFactory.TARGET,
                TrajectoryLabels.DEADLINE, TrajectoryChartFactory.DEADLINE, "actual", TrajectoryChartFactory.ACTUAL,
                "forecast", TrajectoryChartFactory.FORECAST);
        for (ChartLabelLayout.Placed placed : layout.placed()) {
            assertThat(inkOf(image, placed.box(), paints.get(placed.owner())))
                    .as("text of %s inside its box", placed.owner()).isGreaterThan(20);
        }
    }

    /**
     * The report's case: revenue reached the target in the last month, so the last value sits in the top
     * corner by the deadline's label; drawn the size the PDF draws it, both labels stay whole and apart.
     */
    @Test
    void aLastValueAtTheDeadlineAndTheTargetKeepsClearOfTheDeadlineLabel() {
        List<SeriesPoint> actual = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate end = LocalDate.of(2025, month, 1).plusMonths(1).minusDays(1);
            actual.add(new SeriesPoint(end, BigDecimal.valueOf(5.0025 * month).setScale(2, RoundingMode.HALF_UP)));
        }
        LocalDate deadline = LocalDate.of(2025, 12, 31);
        TrajectoryChartData data = new TrajectoryChartData("主营业务收入", "亿元", actual, new BigDecimal("60"), null,
                deadline, null, List.of(new SeriesPoint(LocalDate.of(2025, 1, 1), BigDecimal.ZERO),
                        new SeriesPoint(deadline, new BigDecimal("60"))), true);

        for (int[] size : new int[][] {{483, 290}, {420, 300}, {760, 360}}) {
            JFreeChart chart = TrajectoryChartFactory.create(data);
            LabelOverlaps.draw(chart, size[0], size[1]);

            assertThat(LabelOverlaps.of(chart, size[0] + "x" + size[1])).isEmpty();
            assertThat(TrajectoryLabels.of(chart).lastLayout().dropped()).isEmpty();
        }
    }

    @Test
    void forecastIsDashedAndActualIsSolidWithMarkers() {
        XYPlot plot = TrajectoryChartFactory.create(revenue()).getXYPlot();
        var renderer = (org.jfree.chart.renderer.xy.XYLineAndShapeRenderer) plot.getRenderer();

        BasicStroke forecast = (BasicStroke) renderer.getSeriesStroke(2);
        BasicStroke actual = (BasicStroke) renderer.getSeriesStroke(0);
        assertThat(forecast.getDashArray()).isNotNull().hasSizeGreaterThanOrEqualTo(2);
        assertThat(actual.getDashArray()).isNull();
        assertThat(renderer.getSeriesShapesVisible(0)).isTrue();
        assertThat(renderer.getSeriesPaint(0)).isEqualTo(TrajectoryChartFactory.ACTUAL);
        assertThat(renderer.getSeriesPaint(2)).isEqualTo(TrajectoryChartFactory.FORECAST);
    }

    @Test
    void valueAxisShowsTheTargetLineAndTheBaselineWithoutEmptySpaceBelow() {
        XYPlot plot = TrajectoryChartFactory.create(revenue()).getXYPlot();

        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThan(60);
        assertThat(plot.getRangeAxis().getLowerBound()).isStrictlyBetween(20.0, 38.0);
        assertThat(plot.getDomainAxis().getUpperBound())
                .isGreaterThan(TrajectoryChartFactory.millis(LocalDate.of(2025, 12, 31)));
    }

    @Test
    void aYearToDateLineBreaksAtTheTurnOfTheYearInsteadOfFallingToJanuary() {
        List<SeriesPoint> revenueSoFar = List.of(new SeriesPoint(LocalDate.of(2024, 11, 30), new BigDecimal("48")),
                new SeriesPoint(LocalDate.of(2024, 12, 31), new BigDecimal("53")),
                new SeriesPoint(LocalDate.of(2025, 1, 31), new BigDecimal("4")));
        List<SeriesPoint> pace = List.of(new SeriesPoint(LocalDate.of(2024, 1, 1), BigDecimal.ZERO),
                new SeriesPoint(LocalDate.of(2024, 12, 31), new BigDecimal("60")),
                new SeriesPoint(LocalDate.of(2025, 1, 1), BigDecimal.ZERO),
                new SeriesPoint(LocalDate.of(2025, 12, 31), new BigDecimal("60")));
        TrajectoryChartData flow = new TrajectoryChartData("主营业务收入", "亿元", revenueSoFar, new BigDecimal("60"),
                null, LocalDate.of(2025, 12, 31), null, pace, true);

        XYDataset dataset = TrajectoryChartFactory.create(flow).getXYPlot().getDataset();

        assertThat(dataset.getItemCount(0)).isEqualTo(4);
        assertThat(dataset.getY(0, 1).doubleValue()).isEqualTo(53);
        assertThat(dataset.getY(0, 2)).as("the gap between December and January").isNull();
        assertThat(dataset.getY(0, 3).doubleValue()).isEqualTo(4);
        assertThat(dataset.getItemCount(1)).isEqualTo(5);
        assertThat(dataset.getY(1, 2)).isNull();
    }

    @Test
    void leavesOutWhatTheDataDoesNotHave() {
        TrajectoryChartData onlyActual = new TrajectoryChartData("授权专利", "项",
                List.of(new SeriesPoint(LocalDate.of(2024, 1, 31), BigDecimal.ONE),
                        new SeriesPoint(LocalDate.of(2024, 2, 29), new BigDecimal("2"))),
                null, null, null, null, null, false);

        XYPlot plot = TrajectoryChartFactory.create(onlyActual).getXYPlot();

        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(1);
        assertThat(plot.getRangeAxis().getLowerBound()).as("counts near zero start at zero").isZero();
        assertThat(plot.getRangeMarkers(Layer.BACKGROUND)).isNull();
        assertThat(plot.getDomainMarkers(Layer.BACKGROUND)).isNull();
    }

    @Test
    void rendersToPngWithAChineseFont() throws IOException {
        JFreeChart chart = TrajectoryChartFactory.create(revenue());
        Files.createDirectories(OUT);
        Path png = OUT.resolve("trajectory.png");

        ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);

        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(900);
        assertThat(image.getHeight()).isEqualTo(500);
        assertThat(chart.getTitle().getFont().canDisplayUpTo("主营业务收入")).isEqualTo(-1);
    }

    @Test
    void picksTheFirstInstalledChineseFontAndFallsBackToSansSerif() {
        assertThat(ChartFonts.pick(Set.of("Arial", "Noto Sans CJK SC", "WenQuanYi Micro Hei")))
                .isEqualTo("WenQuanYi Micro Hei");
        assertThat(ChartFonts.pick(Set.of("Arial", "SimSun", "Microsoft YaHei"))).isEqualTo("Microsoft YaHei");
        assertThat(ChartFonts.pick(Set.of("Arial", "DejaVu Sans"))).isEqualTo("SansSerif");
    }

    @Test
    void sparklineSpansTheBoxWithTheLowestValueAtTheBottom() {
        double[] xy = SparklineLine.polyline(
                List.of(new BigDecimal("3"), new BigDecimal("5"), new BigDecimal("4")), 80, 20);

        assertThat(xy).containsExactly(0, 20, 40, 0, 80, 10);
        assertThat(SparklineLine.polyline(List.of(BigDecimal.ONE), 80, 20)).isEmpty();
        assertThat(SparklineLine.polyline(List.of(BigDecimal.ONE, BigDecimal.ONE), 80, 20))
                .containsExactly(0, 10, 80, 10);
    }

    /** How many pixels inside the box are close to the colour (the text's antialiased edges are not). */
    private static int inkOf(BufferedImage image, Rectangle2D box, Color color) {
        int count = 0;
        for (int x = (int) box.getMinX(); x < box.getMaxX(); x++) {
            for (int y = (int) box.getMinY(); y < box.getMaxY(); y++) {
                Color pixel = new Color(image.getRGB(x, y));
                if (Math.abs(pixel.getRed() - color.getRed()) + Math.abs(pixel.getGreen() - color.getGreen())
                        + Math.abs(pixel.getBlue() - color.getBlue()) < 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
