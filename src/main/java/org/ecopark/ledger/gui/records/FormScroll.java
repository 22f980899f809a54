package org.ecopark.ledger.gui.records;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/**
 * Scrolls the scroll pane a form sits in just enough to bring a part of it into view: a field with its
 * messages, or a warning with the box where it is explained.
 */
final class FormScroll {

    /** Room left above and below what is brought into view, so that it does not stick to the edge. */
    private static final double MARGIN = 8;

    private FormScroll() {
    }

    /**
     * Brings the span from the top of {@code first} to the bottom of {@code last} into view; when it is
     * taller than the view, its bottom ({@code last}) is what shows.
     */
    static void reveal(Node first, Node last) {
        ScrollPane scroll = enclosing(first);
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        // the messages just shown are laid out now, not at the next pulse, so that their bounds are known
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        Bounds from = content.sceneToLocal(first.localToScene(first.getBoundsInLocal()));
        Bounds to = content.sceneToLocal(last.localToScene(last.getBoundsInLocal()));
        double top = Math.min(from.getMinY(), to.getMinY()) - MARGIN;
        double bottom = Math.max(from.getMaxY(), to.getMaxY()) + MARGIN;
        double viewport = scroll.getViewportBounds().getHeight();
        double range = content.getLayoutBounds().getHeight() - viewport;
        if (range <= 0) {
            return;
        }
        double span = scroll.getVmax() - scroll.getVmin();
        double offset = (scroll.getVvalue() - scroll.getVmin()) / span * range;
        if (bottom - top > viewport || bottom > offset + viewport) {
            offset = bottom - viewport;
        } else if (top < offset) {
            offset = top;
        }
        offset = Math.max(0, Math.min(range, offset));
        scroll.setVvalue(scroll.getVmin() + offset / range * span);
    }

    private static ScrollPane enclosing(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }
}
