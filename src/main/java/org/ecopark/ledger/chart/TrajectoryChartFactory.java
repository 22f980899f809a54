package org.ecopark.ledger.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ecopark.ledger.chart.ChartLabelLayout.Side;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Decimals;
import org.ecopark.ledger.model.SeriesPoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Day;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Draws a target's trajectory: the actual values, the target level, the pace required from the baseline,
 * the forecast to the deadline and the deadline itself. Pure (no JavaFX), so the screen's chart viewer
 * and the PDF report draw the very same chart.
 */
public final class TrajectoryChartFactory {

    public static final Color ACTUAL = new Color(0x1F, 0x6F, 0xC5);
    public static final Color TARGET = new Color(0x2E, 0x9E, 0x44);
    public static final Color PACE = new Color(0x9A, 0xA0, 0xA6);
    public static final Color FORECAST = new Color(0xF0, 0x8C, 0x1A);
    public static final Color DEADLINE = new Color(0xD6, 0x33, 0x33);
    public static final Color BASELINE = new Color(0x5F, 0x63, 0x68);

    /** Series keys; the legend shows the translated names, tests look series up by these. */
    public static final String ACTUAL_KEY = "actual";
    public static final String PACE_KEY = "pace";
    public static final String FORECAST_KEY = "forecast";
    public static final String BASELINE_KEY = "baseline";

    static final float[] FORECAST_DASH = {7f, 5f};
    static final float[] MARKER_DASH = {4f, 4f};

    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    static final Color TEXT = new Color(0x33, 0x36, 0x3A);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 210);

    private TrajectoryChartFactory() {
    }

    /** The value axis of the report's charts: the unit's label upright, no axis line. */
    static NumberAxis valueAxis(String unitLabel) {
        NumberAxis values = new NumberAxis(unitLabel);
        values.setLabelFont(ChartFonts.plain(12));
        values.setTickLabelFont(ChartFonts.plain(11));
        values.setTickLabelPaint(TEXT);
        values.setLabelPaint(TEXT);
        values.setAxisLineVisible(false);
        values.setLabelAngle(Math.PI / 2); // the unit (亿元, 项) reads upright rather than turned on its side
        return values;
    }

    /** The chart's white ground, its title and its legend below, as every chart of the program has them. */
    static JFreeChart framed(JFreeChart chart) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 8));
        TextTitle title = chart.getTitle();
        title.setPaint(TEXT);
        title.setPadding(new RectangleInsets(4, 0, 8, 0));
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(ChartFonts.plain(12));
        legend.setItemPaint(TEXT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        return chart;
    }

    public static JFreeChart create(TrajectoryChartData data) {
        List<String> keys = new ArrayList<>();
        XYSeriesCollection dataset = new XYSeriesCollection();
        add(dataset, keys, ACTUAL_KEY, data.actual(), data.yearToDate());
        add(dataset, keys, PACE_KEY, data.pace(), data.yearToDate());
        add(dataset, keys, FORECAST_KEY, data.forecast(), false);
        if (data.baseline() != null) {
            add(dataset, keys, BASELINE_KEY, List.of(data.baseline()), false);
        }

        DateAxis dates = dateAxis();
        NumberAxis values = valueAxis(data.unitLabel());
        double[] range = valueRange(data);
        values.setRange(range[0], range[1]);

        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < keys.size(); i++) {
            style(renderer, i, keys.get(i));
        }
        XYPlot plot = new XYPlot(dataset, dates, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        plot.setInsets(new RectangleInsets(8, 4, 4, 24));
        if (data.targetLevel() != null) {
            plot.addRangeMarker(targetMarker(data), Layer.BACKGROUND);
        }
        if (data.deadline() != null) {
            plot.addDomainMarker(deadlineMarker(data.deadline()), Layer.BACKGROUND);
        }
        fitDateRange(dates, data);
        plot.addAnnotation(labels(data, keys));

        return framed(new JFreeChart(data.title(), ChartFonts.bold(16), plot, true));
    }

    /** The translated legend name of a series key. */
    public static String seriesName(String key) {
        return I18n.tr("indicators.chart.series." + key);
    }

    /**
     * Adds the points as a series keyed by its translated name (x in milliseconds, as the date axis reads
     * them). A year-to-date series starts again from zero every January: a line from December down to
     * January would suggest a fall that never happened, so the line breaks there (a null value between).
     */
    private static void add(XYSeriesCollection dataset, List<String> keys, String key, List<SeriesPoint> points,
                            boolean breakAtNewYear) {
        if (points.isEmpty()) {
            return;
        }
        XYSeries series = new XYSeries(seriesName(key), true, false);
        SeriesPoint previous = null;
        for (SeriesPoint point : points) {
            if (breakAtNewYear && previous != null && point.date().getYear() != previous.date().getYear()) {
                series.add((millis(previous.date()) + millis(point.date())) / 2.0, null);
            }
            series.addOrUpdate(millis(point.date()), point.value());
            previous = point;
        }
        dataset.addSeries(series);
        keys.add(key);
    }

    private static void style(XYLineAndShapeRenderer renderer, int index, String key) {
        switch (key) {
            case ACTUAL_KEY -> {
                renderer.setSeriesPaint(index, ACTUAL);
                renderer.setSeriesStroke(index, new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                renderer.setSeriesShapesVisible(index, true);
                renderer.setSeriesShape(index, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
                renderer.setSeriesShapesFilled(index, true);
            }
            case PACE_KEY -> {
                renderer.setSeriesPaint(index, PACE);
                renderer.setSeriesStroke(index, new BasicStroke(1.4f));
            }
            case FORECAST_KEY -> {
                renderer.setSeriesPaint(index, FORECAST);
                renderer.setSeriesStroke(index, new BasicStroke(2.2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                        10f, FORECAST_DASH, 0f));
                renderer.setSeriesShapesVisible(index, true);
                renderer.setSeriesShape(index, new Ellipse2D.Double(-3, -3, 6, 6));
                renderer.setSeriesShapesFilled(index, false);
                renderer.setUseOutlinePaint(false);
            }
            default -> {
                renderer.setSeriesPaint(index, BASELINE);
                renderer.setSeriesLinesVisible(index, false);
                renderer.setSeriesShapesVisible(index, true);
                renderer.setSeriesShape(index, new Rectangle2D.Double(-4, -4, 8, 8));
            }
        }
    }

    /**
     * The labels, most important first: the target level and the deadline name the lines the chart is read
     * against; the latest actual value and the forecast can be read off the axis and the figures beside it.
     */
    private static TrajectoryLabels labels(TrajectoryChartData data, List<String> keys) {
        TrajectoryLabels labels = new TrajectoryLabels(keys, LABEL_BACKGROUND);
        if (data.targetLevel() != null) {
            labels.onHorizontal(TrajectoryLabels.TARGET, I18n.tr("indicators.chart.target",
                    Decimals.text(data.targetLevel()), data.unitLabel()).trim(), ChartFonts.bold(12), TARGET,
                    data.targetLevel().doubleValue());
        }
        if (data.deadline() != null) {
            labels.onVertical(TrajectoryLabels.DEADLINE, I18n.tr("indicators.chart.deadline", data.deadline().toString()),
                    ChartFonts.bold(12), DEADLINE, millis(data.deadline()));
        }
        if (!data.actual().isEmpty()) {
            // the line usually rises into its last point and the forecast leaves it to the right
            atEnd(labels, ACTUAL_KEY, data.actual(), ACTUAL, List.of(Side.ABOVE_LEFT, Side.ABOVE, Side.BELOW_RIGHT,
                    Side.LEFT, Side.BELOW, Side.ABOVE_RIGHT, Side.BELOW_LEFT, Side.RIGHT));
        }
        if (data.forecast().size() > 1) {
            // the forecast ends on the deadline line, so its label stays left of it
            atEnd(labels, FORECAST_KEY, data.forecast(), FORECAST, List.of(Side.BELOW_LEFT, Side.ABOVE_LEFT,
                    Side.LEFT));
        }
        return labels;
    }

    /** The latest value written next to its point, so the figure can be read without the axis. */
    private static void atEnd(TrajectoryLabels labels, String key, List<SeriesPoint> points, Color color,
                              List<Side> sides) {
        SeriesPoint last = points.get(points.size() - 1);
        labels.atPoint(key, figure(last.value()), ChartFonts.bold(12), color, millis(last.date()),
                last.value().doubleValue(), sides);
    }

    /** The target level's line; its label is one of {@link #labels}, placed around everything else. */
    private static ValueMarker targetMarker(TrajectoryChartData data) {
        return new ValueMarker(data.targetLevel().doubleValue(), TARGET,
                new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, MARKER_DASH, 0f));
    }

    private static ValueMarker deadlineMarker(LocalDate deadline) {
        return new ValueMarker(millis(deadline), DEADLINE,
                new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, MARKER_DASH, 0f));
    }

    /** Year-month ticks at a step of 1, 2, 3, 6 or 12 months, whichever fits the width. */
    private static DateAxis dateAxis() {
        DateAxis axis = new DateAxis();
        axis.setTickLabelFont(ChartFonts.plain(11));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLineVisible(false);
        TickUnits units = new TickUnits();
        for (int months : new int[] {1, 2, 3, 6, 12}) {
            units.add(new DateTickUnit(DateTickUnitType.MONTH, months, new SimpleDateFormat("yyyy-MM", Locale.ROOT)));
        }
        units.add(new DateTickUnit(DateTickUnitType.YEAR, 1, new SimpleDateFormat("yyyy", Locale.ROOT)));
        axis.setStandardTickUnits(units);
        return axis;
    }

    /** From the earliest point to a little after the deadline, so that the deadline line is not on the edge. */
    private static void fitDateRange(DateAxis axis, TrajectoryChartData data) {
        LocalDate first = null;
        LocalDate last = data.deadline();
        for (SeriesPoint point : allPoints(data)) {
            first = first == null || point.date().isBefore(first) ? point.date() : first;
            last = last == null || point.date().isAfter(last) ? point.date() : last;
        }
        if (first == null) {
            first = last == null ? LocalDate.now() : last.minusYears(1);
        }
        if (last == null || !last.isAfter(first)) {
            last = first.plusMonths(1);
        }
        long span = millis(last) - millis(first);
        axis.setRange(millis(first) - span / 40, millis(last) + span / 25);
    }

    /**
     * Room above the highest value and the target line, so that the target's label fits inside the plot.
     * The axis starts at zero unless every value sits above half the highest one: a revenue of 38 to
     * 60 亿元 would otherwise be squeezed into the top third of the chart.
     */
    private static double[] valueRange(TrajectoryChartData data) {
        double max = data.targetLevel() == null ? -Double.MAX_VALUE : data.targetLevel().doubleValue();
        double min = data.targetLevel() == null ? Double.MAX_VALUE : data.targetLevel().doubleValue();
        for (SeriesPoint point : allPoints(data)) {
            max = Math.max(max, point.value().doubleValue());
            min = Math.min(min, point.value().doubleValue());
        }
        if (max <= 0 || min > max) {
            return new double[] {0, 1};
        }
        double span = max - min;
        // a flat line (a stock that held, a milestone) is drawn from zero, not magnified into noise
        double lower = min <= max * 0.5 || span < max * 0.1 ? 0 : Math.max(0, min - span * 0.2);
        double upper = max + Math.max(span * 0.15, max * 0.08);
        return new double[] {lower, upper};
    }

    private static List<SeriesPoint> allPoints(TrajectoryChartData data) {
        List<SeriesPoint> all = new ArrayList<>(data.actual());
        all.addAll(data.pace());
        all.addAll(data.forecast());
        if (data.baseline() != null) {
            all.add(data.baseline());
        }
        return all;
    }

    /** At most two decimals: a forecast of 173.3648 项 reads 173.36. */
    static String figure(BigDecimal value) {
        return Decimals.text(value.setScale(Math.min(value.scale(), 2), RoundingMode.HALF_UP));
    }

    static Day day(LocalDate date) {
        return new Day(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** The same instant the time series puts a point of {@code date} at (its first millisecond). */
    static long millis(LocalDate date) {
        return day(date).getFirstMillisecond();
    }
}
