package org.ecopark.ledger.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.ecopark.ledger.chart.ChartLabelLayout.AlongHorizontal;
import org.ecopark.ledger.chart.ChartLabelLayout.AlongVertical;
import org.ecopark.ledger.chart.ChartLabelLayout.AtPoint;
import org.ecopark.ledger.chart.ChartLabelLayout.Obstacle;
import org.ecopark.ledger.chart.ChartLabelLayout.Placed;
import org.ecopark.ledger.chart.ChartLabelLayout.Request;
import org.ecopark.ledger.chart.ChartLabelLayout.Result;
import org.ecopark.ledger.chart.ChartLabelLayout.Side;
import org.junit.jupiter.api.Test;

class ChartLabelLayoutTest {

    private static final Rectangle2D AREA = new Rectangle2D.Double(0, 0, 400, 200);

    @Test
    void aLabelWithNothingInItsWayTakesItsFirstSideRightBesideThePoint() {
        Result result = ChartLabelLayout.place(AREA,
                List.of(new Request("actual", 40, 16, new AtPoint(200, 100, List.of(Side.ABOVE_LEFT, Side.BELOW)))),
                List.of());

        Rectangle2D box = only(result).box();
        assertThat(box.getMaxX()).isEqualTo(200 - ChartLabelLayout.POINT_GAP);
        assertThat(box.getMaxY()).isEqualTo(100 - ChartLabelLayout.POINT_GAP);
    }

    @Test
    void aPointLabelMovesOffALineOfAnotherSeries() {
        // the pace line runs right through the spot above-left of the point
        Obstacle pace = new Obstacle(new Line2D.Double(100, 95, 210, 70), "pace");

        Result result = ChartLabelLayout.place(AREA,
                List.of(new Request("forecast", 40, 16, new AtPoint(200, 100, List.of(Side.ABOVE_LEFT, Side.BELOW_LEFT)))),
                List.of(pace));

        Rectangle2D box = only(result).box();
        assertThat(box.intersectsLine((Line2D) pace.shape())).isFalse();
        assertThat(box.getMinY()).as("below the point now").isGreaterThan(100);
    }

    @Test
    void aLaterLabelKeepsClearOfAnEarlierOne() {
        List<Request> requests = List.of(
                new Request("deadline", 90, 16, new AlongVertical(300)),
                new Request("actual", 40, 16, new AtPoint(300, 24, List.of(Side.ABOVE_LEFT, Side.LEFT, Side.BELOW_LEFT))));

        Result result = ChartLabelLayout.place(AREA, requests, List.of(
                new Obstacle(new Line2D.Double(300, 0, 300, 200), "deadline")));

        assertThat(result.placed()).hasSize(2);
        Rectangle2D deadline = result.placed().get(0).box();
        Rectangle2D actual = result.placed().get(1).box();
        assertThat(deadline.getMaxX()).isLessThan(300);
        assertThat(deadline.getMinY()).as("the deadline keeps the top").isLessThan(10);
        assertThat(ChartLabelLayout.crowd(deadline, actual)).isFalse();
        assertThat(actual.intersectsLine(300, 0, 300, 200)).isFalse();
    }

    @Test
    void aTargetLabelSlidesAlongItsLineWhenTheLeftEndIsTaken() {
        Obstacle pace = new Obstacle(new Line2D.Double(0, 60, 80, 40), "pace");

        Result result = ChartLabelLayout.place(AREA,
                List.of(new Request("target", 70, 16, new AlongHorizontal(50))),
                List.of(pace, new Obstacle(new Line2D.Double(0, 50, 400, 50), "target")));

        Rectangle2D box = only(result).box();
        assertThat(box.getMaxY()).isLessThan(50);
        assertThat(box.getMinX()).isGreaterThan(40);
        assertThat(box.intersectsLine((Line2D) pace.shape())).isFalse();
    }

    @Test
    void aLabelWithNoFreeSpotIsLeftOutRatherThanDrawnOverAnother() {
        Rectangle2D small = new Rectangle2D.Double(0, 0, 60, 30);
        List<Request> requests = List.of(
                new Request("target", 50, 16, new AlongHorizontal(20)),
                new Request("forecast", 50, 16, new AtPoint(30, 20, List.of(Side.ABOVE_LEFT))));

        Result result = ChartLabelLayout.place(small, requests, List.of());

        assertThat(result.placed()).extracting(Placed::owner).containsExactly("target");
        assertThat(result.dropped()).containsExactly("forecast");
    }

    @Test
    void aLabelNeverLeavesTheArea() {
        Result result = ChartLabelLayout.place(AREA,
                List.of(new Request("actual", 60, 16, new AtPoint(395, 4, List.of(Side.ABOVE_RIGHT)))), List.of());

        assertThat(AREA.contains(only(result).box())).isTrue();
    }

    @Test
    void itsOwnLineIsCrossedOnlyWhenEverythingElseIsTaken() {
        // a narrow strip: the only room for the label is on its own line
        Rectangle2D strip = new Rectangle2D.Double(0, 0, 100, 16);
        Obstacle own = new Obstacle(new Line2D.Double(0, 8, 100, 8), "actual");
        Obstacle other = new Obstacle(new Line2D.Double(0, 15, 100, 15), "pace");

        Result alone = ChartLabelLayout.place(strip,
                List.of(new Request("actual", 30, 14, new AtPoint(50, 8, List.of(Side.ABOVE_LEFT)))), List.of(own));
        Result crossed = ChartLabelLayout.place(strip,
                List.of(new Request("forecast", 30, 14, new AtPoint(50, 8, List.of(Side.ABOVE_LEFT)))), List.of(own));

        assertThat(alone.placed()).hasSize(1);
        assertThat(crossed.placed()).as("someone else's line is never crossed").isEmpty();
        assertThat(ChartLabelLayout.place(strip,
                List.of(new Request("actual", 30, 14, new AtPoint(50, 8, List.of(Side.ABOVE_LEFT)))),
                List.of(own, other)).placed()).isEmpty();
    }

    private static Placed only(Result result) {
        assertThat(result.dropped()).isEmpty();
        assertThat(result.placed()).hasSize(1);
        return result.placed().get(0);
    }
}
