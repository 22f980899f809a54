package org.ecopark.ledger.gui.records;

import java.util.concurrent.TimeUnit;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Runs view model code on the FX thread, as the screens do, and waits for it. */
final class Fx {

    private Fx() {
    }

    static void start() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    static void run(Runnable action) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("FX action did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
