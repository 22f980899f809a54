package org.ecopark.ledger.chart;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.Marker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYDataset;

/**
 * Checks a drawn trajectory chart's labels against what the chart draws, worked out here from the plot
 * itself (its series, markers and axes) rather than taken from the layout: no two label boxes meet, each
 * lies inside the plot, and none covers a line or point of something else. Gives one line per problem.
 */
public final class LabelOverlaps {

    private static final Map<String, Double> POINT_RADIUS = Map.of(TrajectoryChartFactory.ACTUAL_KEY, 3.5,
            TrajectoryChartFactory.FORECAST_KEY, 3.0, TrajectoryChartFactory.BASELINE_KEY, 4.0);

    private LabelOverlaps() {
    }

    /** Draws the chart headless, as the tests look at it. */
    public static BufferedImage draw(JFreeChart chart, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        try {
            chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g2.dispose();
        }
        return image;
    }

    /** The problems of the labels as {@code chart} was last drawn; {@code where} names the case in each line. */
    public static List<String> of(JFreeChart chart, String where) {
        TrajectoryLabels labels = TrajectoryLabels.of(chart);
        ChartLabelLayout.Result layout = labels.lastLayout();
        List<String> problems = new ArrayList<>();
        if (layout == null) {
            problems.add(where + ": the labels were never drawn");
            return problems;
        }
        List<String> shown = new ArrayList<>(layout.placed().stream().map(ChartLabelLayout.Placed::owner).toList());
        shown.addAll(layout.dropped());
        if (!shown.containsAll(labels.texts().keySet())) {
            problems.add(where + ": labels neither drawn nor left out: " + labels.texts().keySet());
        }
        List<ChartLabelLayout.Obstacle> drawn = drawn(chart.getXYPlot(), layout.area());
        List<ChartLabelLayout.Placed> placed = layout.placed();
        for (int i = 0; i < placed.size(); i++) {
            ChartLabelLayout.Placed label = placed.get(i);
            String name = where + ": label " + label.owner() + " " + labels.texts().get(label.owner());
            if (!layout.area().contains(label.box())) {
                problems.add(name + " reaches outside the plot");
            }
            for (ChartLabelLayout.Placed other : placed.subList(i + 1, placed.size())) {
                if (label.box().intersects(other.box())) {
                    problems.add(name + " overlaps label " + other.owner() + " " + labels.texts().get(other.owner()));
                }
            }
            for (ChartLabelLayout.Obstacle thing : drawn) {
                if (!thing.owner().equals(label.owner()) && hits(thing.shape(), label.box())) {
                    problems.add(name + " covers " + thing.owner() + " at " + thing.shape().getBounds2D());
                }
            }
        }
        return problems;
    }

    /** The segments and points of every series, and the marker lines, in the plot's drawing coordinates. */
    static List<ChartLabelLayout.Obstacle> drawn(XYPlot plot, Rectangle2D area) {
        List<ChartLabelLayout.Obstacle> drawn = new ArrayList<>();
        XYDataset dataset = plot.getDataset();
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            String owner = keyOf(dataset.getSeriesKey(series).toString());
            Double radius = POINT_RADIUS.get(owner);
            Line2D.Double previous = null;
            for (int item = 0; item < dataset.getItemCount(series); item++) {
                Number value = dataset.getY(series, item);
                if (value == null) {
                    previous = null;
                    continue;
                }
                double x = plot.getDomainAxis().valueToJava2D(dataset.getXValue(series, item), area, xEdge);
                double y = plot.getRangeAxis().valueToJava2D(value.doubleValue(), area, yEdge);
                if (previous != null) {
                    drawn.add(new ChartLabelLayout.Obstacle(new Line2D.Double(previous.x2, previous.y2, x, y), owner));
                }
                if (radius != null) {
                    drawn.add(new ChartLabelLayout.Obstacle(
                            new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius), owner));
                }
                previous = new Line2D.Double(x, y, x, y);
            }
        }
        for (Marker marker : markers(plot.getRangeMarkers(Layer.BACKGROUND))) {
            double y = plot.getRangeAxis().valueToJava2D(((ValueMarker) marker).getValue(), area, yEdge);
            drawn.add(new ChartLabelLayout.Obstacle(new Line2D.Double(area.getMinX(), y, area.getMaxX(), y),
                    TrajectoryLabels.TARGET));
        }
        for (Marker marker : markers(plot.getDomainMarkers(Layer.BACKGROUND))) {
            double x = plot.getDomainAxis().valueToJava2D(((ValueMarker) marker).getValue(), area, xEdge);
            drawn.add(new ChartLabelLayout.Obstacle(new Line2D.Double(x, area.getMinY(), x, area.getMaxY()),
                    TrajectoryLabels.DEADLINE));
        }
        return drawn;
    }

    private static boolean hits(Shape shape, Rectangle2D box) {
        return shape instanceof Line2D line ? box.intersectsLine(line) : shape.intersects(box);
    }

    private static String keyOf(String seriesName) {
        for (String key : List.of(TrajectoryChartFactory.ACTUAL_KEY, TrajectoryChartFactory.PACE_KEY,
                TrajectoryChartFactory.FORECAST_KEY, TrajectoryChartFactory.BASELINE_KEY)) {
            if (TrajectoryChartFactory.seriesName(key).equals(seriesName)) {
                return key;
            }
        }
        throw new IllegalArgumentException("unknown series " + seriesName);
    }

    @SuppressWarnings("unchecked")
    private static Collection<Marker> markers(Collection<?> markers) {
        return markers == null ? List.of() : (Collection<Marker>) markers;
    }
}
