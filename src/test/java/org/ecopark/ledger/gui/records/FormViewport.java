package org.ecopark.ledger.gui.records;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Where a node of a record form is, seen through the form's scroll pane: what the user can see. */
final class FormViewport {

    private FormViewport() {
    }

    /** Whether the node and everything around it are visible and it lies wholly inside the form's viewport. */
    static boolean shows(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        // the layout bounds: a field's local bounds take in the mark ControlsFX puts beside it
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Bounds viewport = viewport(node);
        return bounds.getHeight() > 0 && bounds.getMinY() >= viewport.getMinY() - 0.5
                && bounds.getMaxY() <= viewport.getMaxY() + 0.5 && bounds.getMinX() >= viewport.getMinX() - 0.5
                && bounds.getMaxX() <= viewport.getMaxX() + 0.5;
    }

    /** The visible part of the form's scroll pane, in scene coordinates. */
    static Bounds viewport(Node node) {
        Node viewport = scroll(node).lookup(".viewport");
        return viewport.localToScene(viewport.getBoundsInLocal());
    }

    /** The scroll pane the form of {@code node} scrolls in. */
    static ScrollPane scroll(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError(node + " is not in a scroll pane");
    }
}
