package org.ecopark.ledger.gui.bureau;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.LedgerRefresh;
import org.ecopark.ledger.logic.Services;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The 汇总 screen's tests: the screen on a stage, following the bureau's ledger as the window does; waiting for a dialog. */
final class ConsolidationScreens {

    private ConsolidationScreens() {
    }

    /** Shows {@code view} at 1366×768, loads it and reloads it after every commit that changes what it shows. */
    static LedgerRefresh show(Stage stage, Services bureau, ConsolidationViewModel model, ConsolidationView view) {
        Node root = view.build();
        LedgerRefresh refresh = new LedgerRefresh();
        refresh.follow(bureau);
        refresh.watch(root, ConsolidationView.READS, model::refresh);
        model.refresh();
        stage.setScene(new Scene((Parent) root, 1366, 768));
        stage.show();
        return refresh;
    }

    /** Waits until the node {@code id} is visible in a showing window (a dialog appears asynchronously). */
    static void waitShowing(FxRobot robot, String id) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().filter(Node::isVisible)
                    .filter(n -> n.getScene() != null && n.getScene().getWindow().isShowing()).isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(id + " is not shown", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
