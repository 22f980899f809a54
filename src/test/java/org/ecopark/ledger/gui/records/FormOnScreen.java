package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the user of a record form can see through the form's scroll pane, and the way from the summary
 * beside Save to each problem.
 */
final class FormOnScreen {

    private FormOnScreen() {
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

    /**
     * Whether {@code node} is visible, wholly inside the window, and outside and above {@code fields}, the
     * scroll pane of the form's fields: however far they are scrolled, it neither moves nor is covered.
     */
    static boolean staysAbove(Node node, ScrollPane fields) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n == fields) {
                return false;
            }
        }
        Bounds bounds = node.localToScene(node.getLayoutBounds());
        Bounds scroll = fields.localToScene(fields.getLayoutBounds());
        Scene scene = node.getScene();
        return bounds.getHeight() > 0 && bounds.getMinX() >= 0 && bounds.getMinY() >= 0
                && bounds.getMaxX() <= scene.getWidth() && bounds.getMaxY() <= scene.getHeight()
                && bounds.getMaxY() <= scroll.getMinY() + 0.5;
    }

    /** Scrolls the form's fields to their bottom, as far as the clerk can. */
    static void scrollToTheBottom(FxRobot robot, ScrollPane fields) {
        robot.interact(() -> fields.setVvalue(fields.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
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

    /** The summary beside a disabled Save, which says {@code text}. */
    static Hyperlink summarySaying(FxRobot robot, String text) {
        Hyperlink summary = robot.lookup("#form-summary").queryAs(Hyperlink.class);
        assertThat(robot.lookup("#record-save").queryButton().isDisabled()).isTrue();
        assertThat(summary.getText()).isEqualTo(text);
        assertThat(summary.isVisible()).as("a grey Save has its reason beside it").isTrue();
        return summary;
    }

    /** Clicks the summary: the cursor goes to {@code problem}, which is in view. */
    static void follow(FxRobot robot, Hyperlink summary, Node problem) {
        robot.clickOn(summary);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(problem.isFocused()).as("the cursor goes to the first problem").isTrue();
        assertThat(shows(problem)).as("the first problem is in view").isTrue();
    }

    /** Types the explanation where the cursor is; then nothing keeps Save disabled, and Ctrl+S saves. */
    static void explainAndSave(FxRobot robot, Hyperlink summary, String explanation) {
        robot.write(explanation);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(summary.isVisible()).as("nothing left to say").isFalse();
        assertThat(robot.lookup("#record-save").queryButton().isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
