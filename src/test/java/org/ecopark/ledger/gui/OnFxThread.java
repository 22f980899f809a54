package org.ecopark.ledger.gui;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.testfx.util.WaitForAsyncUtils;

/** Runs test code on the FX thread, as the screens run, and waits for it and the events it queued. */
public final class OnFxThread {

    private OnFxThread() {
    }

    public static void run(Runnable action) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        } catch (TimeoutException e) {
            throw new AssertionError("FX action did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
