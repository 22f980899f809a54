package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real window's first minutes on a fresh ledger, for the tests that start it: the questions it asks first. */
public final class WindowStart {

    private WindowStart() {
    }

    /** Waits for the ledger to open and declines the demo it offers (tested in DemoOfferTest). */
    public static void openWithoutDemo(FxRobot robot, MainViewModel model) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.servicesProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Settled.click(robot, "#demo-offer-choose");
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Closes the first-run question (which park?) when the ledger holds parks and none is chosen yet. */
    public static void dismissParkChooser(FxRobot robot) {
        if (robot.lookup("#park-chooser").tryQuery().isPresent()) {
            robot.clickOn(chooserButton(robot, ButtonType.CANCEL));
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#park-chooser").tryQuery()).isEmpty();
    }

    public static Node chooserButton(FxRobot robot, ButtonType type) {
        return robot.lookup("#park-chooser").queryAs(DialogPane.class).lookupButton(type);
    }
}
