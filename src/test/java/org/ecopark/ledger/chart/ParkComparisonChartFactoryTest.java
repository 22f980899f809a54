package org.ecopark.ledger.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;

/** Each park's actual figure beside its target; a park without a figure keeps its target's bar. */
class ParkComparisonChartFactoryTest {

    @Test
    void eachParkHasItsActualAndItsTargetAndTheLegendSaysWhich() {
        JFreeChart chart = ParkComparisonChartFactory.create(new ParkComparisonChartData("主营业务收入", "亿元", "实际值",
                "目标值", List.of(new ParkComparisonChartData.Bar("枣庄市中区", new BigDecimal("49.2"), new BigDecimal("60")),
                        new ParkComparisonChartData.Bar("滨州惠民（已退回）", null, new BigDecimal("200")))));

        CategoryPlot plot = chart.getCategoryPlot();
        CategoryDataset data = plot.getDataset();
        assertThat(data.getColumnKeys()).containsExactly("枣庄市中区", "滨州惠民（已退回）");
        assertThat(data.getValue(ParkComparisonChartFactory.ACTUAL_KEY, "枣庄市中区").doubleValue()).isEqualTo(49.2);
        assertThat(data.getValue(ParkComparisonChartFactory.TARGET_KEY, "枣庄市中区").doubleValue()).isEqualTo(60);
        assertThat(data.getValue(ParkComparisonChartFactory.ACTUAL_KEY, "滨州惠民（已退回）")).isNull();
        assertThat(data.getValue(ParkComparisonChartFactory.TARGET_KEY, "滨州惠民（已退回）").doubleValue()).isEqualTo(200);
        LegendItemCollection legend = plot.getLegendItems();
        assertThat(List.of(legend.get(0).getLabel(), legend.get(1).getLabel())).containsExactly("实际值", "目标值");
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("亿元");
        assertThat(chart.getTitle().getText()).isEqualTo("主营业务收入");
    }
}
