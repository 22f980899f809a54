package org.ecopark.ledger.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.text.DecimalFormat;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * Draws one indicator across a bureau's parks: per park a bar of its actual figure beside a bar of its target, in the
 * trajectory chart's colours. Pure (no JavaFX), so a screen and the consolidated PDF can draw the same chart.
 */
public final class ParkComparisonChartFactory {

    /** Series keys; the legend shows the names the data gives. */
    public static final String ACTUAL_KEY = "actual";
    public static final String TARGET_KEY = "target";

    private static final Color GRID = new Color(0xE3, 0xE6, 0xEA);
    private static final Color TEXT = TrajectoryChartFactory.TEXT;
    /** Past this many parks the names turn, so that each stays readable. */
    private static final int UPRIGHT_NAMES = 6;

    private ParkComparisonChartFactory() {
    }

    public static JFreeChart create(ParkComparisonChartData data) {
        DefaultCategoryDataset dataset = new DefaultCategoryDataset();
        for (ParkComparisonChartData.Bar bar : data.bars()) {
            dataset.addValue(bar.actual(), ACTUAL_KEY, bar.label());
            dataset.addValue(bar.target(), TARGET_KEY, bar.label());
        }
        CategoryAxis parks = new CategoryAxis();
        parks.setTickLabelFont(ChartFonts.plain(11));
        parks.setTickLabelPaint(TEXT);
        parks.setMaximumCategoryLabelLines(3);
        if (data.bars().size() > UPRIGHT_NAMES) {
            parks.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        }
        NumberAxis values = TrajectoryChartFactory.valueAxis(data.unitLabel());
        values.setUpperMargin(0.15); // room for the figures above the bars

        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.18); // one park alone does not get bars as wide as the page
        renderer.setSeriesPaint(0, TrajectoryChartFactory.ACTUAL);
        renderer.setSeriesPaint(1, TrajectoryChartFactory.TARGET);
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", new DecimalFormat("#,##0.##")));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(ChartFonts.plain(10));
        renderer.setDefaultItemLabelPaint(TEXT);
        renderer.setDefaultPositiveItemLabelPosition(new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12,
                TextAnchor.BOTTOM_CENTER));
        renderer.setLegendItemLabelGenerator((set, series) -> series == 0 ? data.actualLabel() : data.targetLabel());

        CategoryPlot plot = new CategoryPlot(dataset, parks, values, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setRangeGridlinePaint(GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        plot.setInsets(new RectangleInsets(8, 4, 4, 12));

        return TrajectoryChartFactory.framed(new JFreeChart(data.title(), ChartFonts.bold(16), plot, true));
    }
}
