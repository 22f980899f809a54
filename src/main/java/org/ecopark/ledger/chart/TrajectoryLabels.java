package org.ecopark.ledger.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.annotations.XYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.ecopark.ledger.chart.ChartLabelLayout.Obstacle;
import org.jfree.data.xy.XYDataset;

/**
 * Every text label of a trajectory chart (the target level, the deadline, the last actual value and the
 * forecast), drawn together so that they can be placed around each other and around the lines: where a
 * label goes depends on the size the chart is drawn at, which only the drawing knows. The placement is
 * {@link ChartLabelLayout}'s; the last one is kept for whoever wants to check it.
 */
public final class TrajectoryLabels extends AbstractXYAnnotation {

    /** Owners of the labels and marker lines; the series' owners are their keys in {@link TrajectoryChartFactory}. */
    public static final String TARGET = "target";
    public static final String DEADLINE = "deadline";

    private static final double PAD_X = 3;
    private static final double PAD_Y = 1;
    private static final long serialVersionUID = 1L;

    /** One label: its text and look, and where it belongs in data coordinates (NaN for "along the line"). */
    private record Label(String owner, String text, Font font, Color paint, double x, double y,
                         List<ChartLabelLayout.Side> sides) implements Serializable {
    }

    private final List<Label> labels = new ArrayList<>();
    private final List<String> seriesOwners;
    private final Color background;
    private transient volatile ChartLabelLayout.Result lastLayout;

    /**
     * @param seriesOwners the owner (series key) of each series of the plot's dataset, by index
     * @param background   the paint behind each label's text
     */
    TrajectoryLabels(List<String> seriesOwners, Color background) {
        this.seriesOwners = List.copyOf(seriesOwners);
        this.background = background;
    }

    /** The labels of a chart made by {@link TrajectoryChartFactory}. */
    public static TrajectoryLabels of(JFreeChart chart) {
        for (XYAnnotation annotation : chart.getXYPlot().getAnnotations()) {
            if (annotation instanceof TrajectoryLabels labels) {
                return labels;
            }
        }
        throw new IllegalArgumentException("not a trajectory chart: " + chart.getTitle());
    }

    /** A label on the horizontal line at {@code value}. */
    void onHorizontal(String owner, String text, Font font, Color paint, double value) {
        labels.add(new Label(owner, text, font, paint, Double.NaN, value, List.of()));
    }

    /** A label beside the vertical line at {@code millis}. */
    void onVertical(String owner, String text, Font font, Color paint, double millis) {
        labels.add(new Label(owner, text, font, paint, millis, Double.NaN, List.of()));
    }

    /** A label beside a point, on the first of {@code sides} that is free. */
    void atPoint(String owner, String text, Font font, Color paint, double millis, double value,
                 List<ChartLabelLayout.Side> sides) {
        labels.add(new Label(owner, text, font, paint, millis, value, List.copyOf(sides)));
    }

    /** The text of each label by owner, most important first. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        labels.forEach(label -> texts.put(label.owner(), label.text()));
        return texts;
    }

    /** Where the labels went the last time the chart was drawn; null before it was drawn. */
    public ChartLabelLayout.Result lastLayout() {
        return lastLayout;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
                     int rendererIndex, PlotRenderingInfo info) {
        RectangleEdge xEdge = plot.getDomainAxisEdge();
        RectangleEdge yEdge = plot.getRangeAxisEdge();
        List<ChartLabelLayout.Request> requests = new ArrayList<>();
        List<Obstacle> obstacles = new ArrayList<>();
        for (Label label : labels) {
            Rectangle2D bounds = bounds(g2, label);
            double width = bounds.getWidth() + 2 * PAD_X;
            double height = bounds.getHeight() + 2 * PAD_Y;
            double x = domainAxis.valueToJava2D(label.x(), dataArea, xEdge);
            double y = rangeAxis.valueToJava2D(label.y(), dataArea, yEdge);
            ChartLabelLayout.Anchor anchor;
            if (Double.isNaN(label.x())) {
                anchor = new ChartLabelLayout.AlongHorizontal(y);
                obstacles.add(new Obstacle(new Line2D.Double(dataArea.getMinX(), y, dataArea.getMaxX(), y), label.owner()));
            } else if (Double.isNaN(label.y())) {
                anchor = new ChartLabelLayout.AlongVertical(x);
                obstacles.add(new Obstacle(new Line2D.Double(x, dataArea.getMinY(), x, dataArea.getMaxY()), label.owner()));
            } else {
                anchor = new ChartLabelLayout.AtPoint(x, y, label.sides());
            }
            requests.add(new ChartLabelLayout.Request(label.owner(), width, height, anchor));
        }
        obstacles.addAll(seriesObstacles(plot, dataArea, domainAxis, rangeAxis));
        ChartLabelLayout.Result result = ChartLabelLayout.place(dataArea, requests, obstacles);
        for (ChartLabelLayout.Placed placed : result.placed()) {
            Label label = labels.stream().filter(l -> l.owner().equals(placed.owner())).findFirst().orElseThrow();
            drawLabel(g2, label, placed.box());
        }
        lastLayout = result;
    }

    /**
     * What the renderer draws of every series: the segments between consecutive values (a null value breaks
     * the line) and the shape at each value where it draws one.
     */
    private List<Obstacle> seriesObstacles(XYPlot plot, Rectangle2D area, ValueAxis domainAxis, ValueAxis rangeAxis) {
        XYDataset dataset = plot.getDataset();
        XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer) plot.getRenderer();
        List<Obstacle> obstacles = new ArrayList<>();
        for (int series = 0; series < dataset.getSeriesCount(); series++) {
            String owner = seriesOwners.get(series);
            double previousX = Double.NaN;
            double previousY = Double.NaN;
            for (int item = 0; item < dataset.getItemCount(series); item++) {
                double value = dataset.getYValue(series, item);
                if (Double.isNaN(value)) {
                    previousX = Double.NaN;
                    continue;
                }
                double x = domainAxis.valueToJava2D(dataset.getXValue(series, item), area, plot.getDomainAxisEdge());
                double y = rangeAxis.valueToJava2D(value, area, plot.getRangeAxisEdge());
                if (renderer.getItemShapeVisible(series, item)) {
                    Shape shape = renderer.getItemShape(series, item);
                    obstacles.add(new Obstacle(AffineTransform.getTranslateInstance(x, y).createTransformedShape(shape),
                            owner));
                }
                if (!Double.isNaN(previousX) && renderer.getItemLineVisible(series, item)) {
                    obstacles.add(new Obstacle(new Line2D.Double(previousX, previousY, x, y), owner));
                }
                previousX = x;
                previousY = y;
            }
        }
        return obstacles;
    }

    /**
     * The text's box as the graphics at hand will draw it: the screen's chart viewer sets text with JavaFX,
     * whose widths differ from AWT's, and its graphics measures with JavaFX too (the PDF's stretches the
     * text to AWT's width). The font is set first: the JavaFX graphics measures with its current font
     * whatever font it is asked about. The box's y is the baseline's offset up from the top, negated.
     */
    private static Rectangle2D bounds(Graphics2D g2, Label label) {
        g2.setFont(label.font());
        return g2.getFontMetrics().getStringBounds(label.text(), g2);
    }

    private void drawLabel(Graphics2D g2, Label label, Rectangle2D box) {
        g2.setPaint(background);
        g2.fill(box);
        double baseline = box.getY() + PAD_Y - bounds(g2, label).getY();
        g2.setPaint(label.paint());
        g2.drawString(label.text(), (float) (box.getX() + PAD_X), (float) baseline);
    }

    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof TrajectoryLabels that && super.equals(that)
                && labels.equals(that.labels) && seriesOwners.equals(that.seriesOwners)
                && background.equals(that.background);
    }

    @Override
    public int hashCode() {
        return labels.hashCode() * 31 + seriesOwners.hashCode();
    }
}
