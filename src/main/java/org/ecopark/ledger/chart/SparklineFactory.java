package org.ecopark.ledger.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The small trend line of a dashboard card. A screen full of cards draws it as a plain polyline from
 * {@link #polyline} (a chart viewer per card would be heavy); the PDF report draws {@link #create}.
 */
public final class SparklineFactory {

    private SparklineFactory() {
    }

    /**
     * The values as x,y pairs inside a {@code width} x {@code height} box, y pointing down, oldest at the
     * left; the lowest value touches the bottom and the highest the top (a flat series lies in the middle).
     * Fewer than two values give no line.
     */
    public static double[] polyline(List<BigDecimal> values, double width, double height) {
        if (values.size() < 2) {
            return new double[0];
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (BigDecimal value : values) {
            min = Math.min(min, value.doubleValue());
            max = Math.max(max, value.doubleValue());
        }
        double range = max - min;
        double[] xy = new double[values.size() * 2];
        for (int i = 0; i < values.size(); i++) {
            xy[2 * i] = width * i / (values.size() - 1);
            double share = range == 0 ? 0.5 : (values.get(i).doubleValue() - min) / range;
            xy[2 * i + 1] = height - share * height;
        }
        return xy;
    }

    /** A tiny chart without axes, legend or title: just the line, for a table cell of the PDF report. */
    public static JFreeChart create(List<BigDecimal> values) {
        XYSeries series = new XYSeries("trend", false, true);
        for (int i = 0; i < values.size(); i++) {
            series.add(i, values.get(i));
        }
        NumberAxis x = new NumberAxis();
        NumberAxis y = new NumberAxis();
        y.setAutoRangeIncludesZero(false);
        for (NumberAxis axis : List.of(x, y)) {
            axis.setVisible(false);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, TrajectoryChartFactory.ACTUAL);
        renderer.setSeriesStroke(0, new BasicStroke(1.5f));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, renderer);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setOutlineVisible(false);
        plot.setBackgroundPaint(null);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        return chart;
    }
}
