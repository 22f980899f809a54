package org.ecopark.ledger.gui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.ecopark.ledger.logic.bench.MemoryUse;
import org.ecopark.ledger.logic.bench.StartScenario;

/**
 * For the benchmark only, when the JVM is started with {@code -Decopark.startup.report=FILE}: notes when
 * the window laid out its first frame and, for the main window, when the dashboard's cards are filled in,
 * writes those moments (epoch milliseconds) and the memory used to the file, and closes the program.
 * Without the property it does nothing.
 */
public final class StartupProbe {

    private final Stage stage;
    private final Scene scene;
    private final Path report;
    private final boolean waitForDashboard;
    private long firstFrame;
    private boolean done;

    private StartupProbe(Stage stage, Scene scene, Path report, boolean waitForDashboard) {
        this.stage = stage;
        this.scene = scene;
        this.report = report;
        this.waitForDashboard = waitForDashboard;
    }

    /** Watches {@code stage} when the benchmark asked for it; call before the stage is shown. */
    public static void watchIfAsked(Stage stage, boolean waitForDashboard) {
        String file = System.getProperty(StartScenario.REPORT_PROPERTY);
        if (file != null && !file.isBlank()) {
            MemoryUse.watchCollections();
            StartupProbe probe = new StartupProbe(stage, stage.getScene(), Path.of(file), waitForDashboard);
            probe.scene.addPostLayoutPulseListener(probe::pulse);
        }
    }

    private void pulse() {
        if (done || !stage.isShowing()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (firstFrame == 0) {
            firstFrame = now;
        }
        if (!waitForDashboard || dashboardFilled()) {
            done = true;
            write(now);
            Platform.runLater(stage::close);
        }
    }

    private boolean dashboardFilled() {
        return scene.lookup("#dashboard-cards") instanceof Parent cards && !cards.getChildrenUnmodifiable().isEmpty();
    }

    private void write(long filled) {
        MemoryUse memory = MemoryUse.now();
        List<String> lines = new ArrayList<>(List.of(StartScenario.FIRST_FRAME + "=" + firstFrame,
                StartScenario.FILLED + "=" + filled, StartScenario.PEAK_HEAP + "=" + memory.peakAfterCollectionMegabytes(),
                StartScenario.POOL_PEAKS + "=" + memory.poolPeaksMegabytes()));
        memory.residentMegabytes().ifPresent(mb -> lines.add(StartScenario.RESIDENT + "=" + mb));
        try {
            Files.write(report, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
