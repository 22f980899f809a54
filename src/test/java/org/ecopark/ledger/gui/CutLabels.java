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
 * hold (an ellipsis took the rest). Cells of tables and lists are left out (a column too narrow for a long name is
 * widened by the user), and so is a label that gives its whole text in a tooltip.
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
