package org.ecopark.ledger.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Finds the labels, buttons, headers and tabs a user sees cut short: the text their skin draws is not the text they
 * hold (an ellipsis took the rest), or a neighbour is drawn over it. Cells of tables and lists are left out (a column
 * too narrow for a long name is widened by the user), and so is a label that gives its whole text in a tooltip.
 */
final class CutLabels {

    private CutLabels() {
    }

    /** One line per cut label in view under {@code root}: its id or class, the text it holds and the text shown. */
    static List<String> in(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && !(node instanceof Cell<?>) && isCut(labeled)) {
            cut.add(describe(labeled) + " holds \"" + labeled.getText() + "\" but shows \"" + shown(labeled) + "\"");
        } else if (node instanceof Labeled labeled && !(node instanceof Cell<?>) && inScene(labeled)) {
            covering(labeled).ifPresent(neighbour -> cut.add(describe(labeled) + " \"" + labeled.getText()
                    + "\" runs under " + neighbour));
            if (outsideTheWindow(labeled)) {
                cut.add(describe(labeled) + " \"" + labeled.getText() + "\" runs out of the window");
            } else if (outsideItsBox(labeled)) {
                cut.add(describe(labeled) + " \"" + labeled.getText() + "\" runs out of its "
                        + labeled.getParent().getClass().getSimpleName());
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }

    private static boolean isCut(Labeled labeled) {
        String text = labeled.getText();
        String shown = shown(labeled);
        if (text == null || text.isEmpty() || shown == null || !inScene(labeled)) {
            return false;
        }
        Tooltip tooltip = labeled.getTooltip();
        if (tooltip != null && text.equals(tooltip.getText())) {
            return false;
        }
        String held = labeled.isMnemonicParsing() ? text.replace("_", "") : text;
        return !shown.equals(held) && !shown.equals(text);
    }

    /**
     * A neighbour in a grid or box drawn over the label's text: a label held at its text's width in a column too
     * narrow for it is not cut, it runs on under the field beside it ("Credit code (USC" under the field).
     */
    private static java.util.Optional<String> covering(Labeled labeled) {
        Parent parent = labeled.getParent();
        if (!(parent instanceof javafx.scene.layout.GridPane || parent instanceof javafx.scene.layout.HBox
                || parent instanceof javafx.scene.layout.VBox || parent instanceof javafx.scene.layout.FlowPane)) {
            return java.util.Optional.empty();
        }
        Text text = null;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text t && child.getStyleClass().contains("text")) {
                text = t;
            }
        }
        if (text == null || text.getText() == null || text.getText().isEmpty()) {
            return java.util.Optional.empty();
        }
        Bounds drawn = labeled.localToParent(text.getBoundsInParent());
        for (Node sibling : parent.getChildrenUnmodifiable()) {
            Bounds other = sibling.getBoundsInParent();
            if (sibling != labeled && sibling.isVisible() && sibling.isManaged() && other.getWidth() > 0
                    && other.getHeight() > 0 && overlap(drawn, other) > 2) {
                return java.util.Optional.of(sibling.getId() != null ? "#" + sibling.getId()
                        : sibling.getClass().getSimpleName());
            }
        }
        return java.util.Optional.empty();
    }

    /** Laid out past the window's right edge, where nobody can read it (and no scroll bar leads). */
    private static boolean outsideTheWindow(Labeled labeled) {
        if (labeled.getText() == null || labeled.getText().isEmpty()) {
            return false;
        }
        Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
        for (Node n = labeled.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane || n instanceof javafx.scene.control.TableView<?>) {
                return false;
            }
        }
        return bounds.getMinX() < labeled.getScene().getWidth() && bounds.getMaxX() > labeled.getScene().getWidth() + 1;
    }

    /** Laid out past the right edge of the grid or box holding it, which was given less than it needs. */
    private static boolean outsideItsBox(Labeled labeled) {
        Parent parent = labeled.getParent();
        if (!(parent instanceof javafx.scene.layout.GridPane || parent instanceof javafx.scene.layout.HBox
                || parent instanceof javafx.scene.layout.VBox) || labeled.getText() == null
                || labeled.getText().isEmpty()) {
            return false;
        }
        double right = parent.getLayoutBounds().getMaxX() - ((javafx.scene.layout.Region) parent).snappedRightInset();
        return labeled.getBoundsInParent().getMaxX() > right + 1;
    }

    /** How far two boxes overlap, in the smaller of the two directions; 0 when they do not. */
    private static double overlap(Bounds a, Bounds b) {
        double x = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double y = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return x > 0 && y > 0 ? Math.min(x, y) : 0;
    }

    /** The text the skin draws: its Text child (LabeledText), null before the skin exists. */
    private static String shown(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    /** Laid out with a size and not hidden by an ancestor (a tab not selected, a page not shown). */
    private static boolean inScene(Node node) {
        Bounds bounds = node.getLayoutBounds();
        if (node.getScene() == null || bounds.getWidth() <= 0 || bounds.getHeight() <= 0) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String describe(Labeled labeled) {
        if (labeled.getId() != null) {
            return "#" + labeled.getId();
        }
        Parent parent = labeled.getParent();
        String where = parent == null ? "" : " in " + (parent.getId() != null ? "#" + parent.getId()
                : parent.getClass().getSimpleName());
        return labeled.getClass().getSimpleName() + where;
    }
}
