package org.ecopark.ledger.chart;

import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Places a chart's text labels so that no two overlap and none covers a line or point it does not belong
 * to. Each label offers candidate boxes in its order of preference (beside its point, along its line); the
 * labels are placed one after another in priority order, each on the first candidate that is free. A
 * candidate that touches even the label's own line is taken only when no cleaner one is free; a label
 * with no free candidate at all is left out rather than drawn over something (the figures beside the
 * chart carry every value it would have shown).
 *
 * <p>Pure geometry in Java2D coordinates (y pointing down): the caller measures the text and maps the
 * data to the drawing area, so the same layout serves the screen and the PDF report.
 */
public final class ChartLabelLayout {

    /** Space kept between a label and anything else, in Java2D units (pixels on screen, points in the PDF). */
    static final double CLEARANCE = 2;
    /** Distance from a point to the label that names it. */
    static final double POINT_GAP = 7;
    /** Distance from a marker line to its label. */
    static final double LINE_GAP = 3;
    /** How far a label may stray from its point before it reads as belonging to something else. */
    static final double POINT_REACH = 2.5;
    private static final double STEP = 3;

    /** Where a point's label prefers to sit, relative to the point; a box straight above or below is between. */
    public enum Side {
        ABOVE_LEFT(-1, -1), ABOVE_RIGHT(1, -1), BELOW_LEFT(-1, 1), BELOW_RIGHT(1, 1), LEFT(-1, 0), RIGHT(1, 0),
        ABOVE(0, -1), BELOW(0, 1);

        private final int dx;
        private final int dy;

        Side(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }
    }

    /** Something drawn that labels must keep clear of, and whose it is (a label may touch its own line). */
    public record Obstacle(Shape shape, String owner) {

        boolean hits(Rectangle2D box) {
            return shape instanceof Line2D line ? box.intersectsLine(line) : shape.intersects(box);
        }
    }

    /** A label to place: its box's size, the element it belongs to, and how to find candidate spots for it. */
    public record Request(String owner, double width, double height, Anchor anchor) {
    }

    /** A label's final box. */
    public record Placed(String owner, Rectangle2D box) {
    }

    /** The boxes of the placed labels and the owners of those left out, in priority order. */
    public record Result(Rectangle2D area, List<Placed> placed, List<String> dropped) {
    }

    /** How a label relates to what it names; gives the candidate boxes, best first. */
    public sealed interface Anchor permits AtPoint, AlongHorizontal, AlongVertical {
        List<Rectangle2D> candidates(double width, double height, Rectangle2D area);
    }

    /** Beside a point (a series' last value), on one of the preferred sides first, never far from it. */
    public record AtPoint(double x, double y, List<Side> preferred) implements Anchor {

        @Override
        public List<Rectangle2D> candidates(double width, double height, Rectangle2D area) {
            double reach = POINT_GAP + POINT_REACH * height;
            List<Scored> scored = new ArrayList<>();
            for (double left = x - width - reach; left <= x + reach; left += STEP) {
                for (double top = y - height - reach; top <= y + reach; top += STEP) {
                    Rectangle2D box = new Rectangle2D.Double(left, top, width, height);
                    double distance = distance(box);
                    if (distance >= POINT_GAP && distance <= reach) {
                        scored.add(new Scored(box, Math.round(distance) + 3 * rank(box)));
                    }
                }
            }
            for (Side side : preferred) {
                scored.add(new Scored(snug(side, width, height), -1 + 0.01 * preferred.indexOf(side)));
            }
            return sorted(scored);
        }

        /** The box right beside the point on that side: the spot a hand-drawn chart would use. */
        private Rectangle2D snug(Side side, double width, double height) {
            double left = side.dx < 0 ? x - POINT_GAP - width : side.dx > 0 ? x + POINT_GAP : x - width / 2;
            double top = side.dy < 0 ? y - POINT_GAP - height : side.dy > 0 ? y + POINT_GAP : y - height / 2;
            return new Rectangle2D.Double(left, top, width, height);
        }

        private double distance(Rectangle2D box) {
            double dx = Math.max(Math.max(box.getMinX() - x, 0), x - box.getMaxX());
            double dy = Math.max(Math.max(box.getMinY() - y, 0), y - box.getMaxY());
            return Math.hypot(dx, dy);
        }

        /** The position of the box's side among the preferred ones; sides not named come last. */
        private int rank(Rectangle2D box) {
            int dx = box.getMaxX() <= x ? -1 : box.getMinX() >= x ? 1 : 0;
            int dy = box.getMaxY() <= y ? -1 : box.getMinY() >= y ? 1 : 0;
            for (int i = 0; i < preferred.size(); i++) {
                if (preferred.get(i).dx == dx && preferred.get(i).dy == dy) {
                    return i;
                }
            }
            return preferred.size();
        }
    }

    /** On a horizontal line (the target level): above it from the left end, then further right, then below. */
    public record AlongHorizontal(double y) implements Anchor {

        @Override
        public List<Rectangle2D> candidates(double width, double height, Rectangle2D area) {
            List<Scored> scored = new ArrayList<>();
            for (double left = area.getMinX() + 2 * LINE_GAP; left + width <= area.getMaxX(); left += STEP) {
                double along = left - area.getMinX();
                scored.add(new Scored(new Rectangle2D.Double(left, y - LINE_GAP - height, width, height), along));
                scored.add(new Scored(new Rectangle2D.Double(left, y + LINE_GAP, width, height), along + 3 * height));
            }
            return sorted(scored);
        }
    }

    /** Beside a vertical line (the deadline): left of it from the top down, then right of it. */
    public record AlongVertical(double x) implements Anchor {

        @Override
        public List<Rectangle2D> candidates(double width, double height, Rectangle2D area) {
            List<Scored> scored = new ArrayList<>();
            for (double top = area.getMinY() + LINE_GAP; top + height <= area.getMaxY(); top += STEP) {
                double along = top - area.getMinY();
                scored.add(new Scored(new Rectangle2D.Double(x - LINE_GAP - width, top, width, height), along));
                scored.add(new Scored(new Rectangle2D.Double(x + LINE_GAP, top, width, height), along + 2 * height));
            }
            return sorted(scored);
        }
    }

    private record Scored(Rectangle2D box, double cost) {
    }

    private ChartLabelLayout() {
    }

    /**
     * Places the labels inside {@code area}.
     *
     * @param requests  the labels, most important first: an earlier label keeps its best spot
     * @param obstacles the lines and points drawn in the area
     */
    public static Result place(Rectangle2D area, List<Request> requests, List<Obstacle> obstacles) {
        List<Placed> placed = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Request request : requests) {
            List<Rectangle2D> candidates = request.anchor().candidates(request.width(), request.height(), area);
            Rectangle2D box = firstFree(area, request.owner(), candidates, placed, obstacles, true);
            if (box == null) {
                box = firstFree(area, request.owner(), candidates, placed, obstacles, false);
            }
            if (box == null) {
                dropped.add(request.owner());
            } else {
                placed.add(new Placed(request.owner(), box));
            }
        }
        return new Result(area, List.copyOf(placed), List.copyOf(dropped));
    }

    /** Whether the two boxes come closer than the clearance. */
    public static boolean crowd(Rectangle2D a, Rectangle2D b) {
        return grown(a).intersects(b);
    }

    private static Rectangle2D firstFree(Rectangle2D area, String owner, List<Rectangle2D> candidates,
                                         List<Placed> placed, List<Obstacle> obstacles, boolean clearOfOwnLines) {
        for (Rectangle2D box : candidates) {
            if (area.contains(box) && placed.stream().noneMatch(other -> crowd(other.box(), box))
                    && clear(box, owner, obstacles, clearOfOwnLines)) {
                return box;
            }
        }
        return null;
    }

    private static boolean clear(Rectangle2D box, String owner, List<Obstacle> obstacles, boolean clearOfOwnLines) {
        Rectangle2D margin = grown(box);
        for (Obstacle obstacle : obstacles) {
            if ((clearOfOwnLines || !obstacle.owner().equals(owner)) && obstacle.hits(margin)) {
                return false;
            }
        }
        return true;
    }

    private static Rectangle2D grown(Rectangle2D box) {
        return new Rectangle2D.Double(box.getX() - CLEARANCE, box.getY() - CLEARANCE,
                box.getWidth() + 2 * CLEARANCE, box.getHeight() + 2 * CLEARANCE);
    }

    private static List<Rectangle2D> sorted(List<Scored> scored) {
        return scored.stream().sorted(Comparator.comparingDouble(Scored::cost)).map(Scored::box).toList();
    }
}
