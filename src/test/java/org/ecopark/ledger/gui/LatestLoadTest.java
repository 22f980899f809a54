package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Loads run in the order a busy worker pool finishes them, not the order they were asked for. */
class LatestLoadTest {

    private final List<Task<?>> queued = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private final List<Throwable> failures = new ArrayList<>();
    private final LatestLoad loads = new LatestLoad(queued::add);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aResultArrivingAfterANewerRequestIsDropped() {
        OnFxThread.run(() -> {
            loads.load(() -> "before the change", shown::add, failures::add);
            loads.load(() -> "after the change", shown::add, failures::add);
        });
        assertThat(loads.busyProperty().get()).isTrue();

        OnFxThread.run(() -> {
            queued.get(1).run();
            queued.get(0).run();
        });

        assertThat(shown).containsExactly("after the change");
        assertThat(loads.busyProperty().get()).isFalse();
    }

    @Test
    void aFailureOfAnOlderRequestIsDroppedToo() {
        OnFxThread.run(() -> {
            loads.<String>load(() -> {
                throw new IllegalStateException("the old ledger is closed");
            }, shown::add, failures::add);
            loads.load(() -> "now", shown::add, failures::add);
            queued.get(1).run();
            queued.get(0).run();
        });

        assertThat(shown).containsExactly("now");
        assertThat(failures).isEmpty();
    }

    @Test
    void aForgottenLoadShowsNothing() {
        OnFxThread.run(() -> {
            loads.load(() -> "stale", shown::add, failures::add);
            loads.forget();
            queued.get(0).run();
        });

        assertThat(shown).isEmpty();
        assertThat(loads.busyProperty().get()).isFalse();
    }
}
