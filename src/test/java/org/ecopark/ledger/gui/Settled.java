package org.ecopark.ledger.gui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Waits for what a user waits for before clicking: a node shown in a showing window, with the FX thread done with it.
 * A lookup runs off the FX thread and can find a node that is present but not yet shown (a dialog's button before its
 * window opens) or that the FX thread is still adding to the scene (its scene not yet set).
 */
public final class Settled {

    private static final long SECONDS = 30;

    private Settled() {
    }

    /** The node {@code query} finds, once it is visible in a showing window and the FX thread has settled. */
    public static Node shown(FxRobot robot, String query) throws TimeoutException {
        return shown(robot, query, SECONDS);
    }

    /** The same, waiting at most {@code seconds}. */
    public static Node shown(FxRobot robot, String query, long seconds) throws TimeoutException {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(Settled::inShowingWindow).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(query).query();
    }

    /** Clicks the node {@code query} finds once it is shown ({@link #shown}). */
    public static void click(FxRobot robot, String query) throws TimeoutException {
        robot.clickOn(shown(robot, query));
    }

    private static boolean inShowingWindow(Node node) {
        Scene scene = node.getScene();
        return node.isVisible() && scene != null && scene.getWindow() != null && scene.getWindow().isShowing();
    }
}
