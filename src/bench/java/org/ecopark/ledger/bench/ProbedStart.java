package org.ecopark.ledger.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ecopark.ledger.Launcher;

/**
 * The start scenario's window process: starts the program ({@code Launcher}, as a user starts it) or the bare window,
 * watching from outside. Before the start it listens to JavaFX's list of windows; on the first stage shown it notes,
 * after each layout pulse of its scene, when the first frame was laid out and, for the program, when the dashboard's
 * cards are filled in; then it writes those moments (epoch milliseconds) and the memory used to the report file and
 * closes the window, which ends the program. The program itself knows nothing of it.
 *
 * <p>Arguments: {@code REPORT ledger|bare [the program's arguments]}.
 */
public final class ProbedStart {

    static final String LEDGER = "ledger";
    static final String BARE = "bare";
    /** The main window's cards, filled in once the ledger is open (DashboardView). */
    private static final String DASHBOARD_CARDS = "#dashboard-cards";

    private final Path report;
    private final boolean waitForDashboard;
    private Stage stage;
    private long firstFrame;
    private boolean done;

    private ProbedStart(Path report, boolean waitForDashboard) {
        this.report = report;
        this.waitForDashboard = waitForDashboard;
    }

    public static void main(String[] args) {
        if (args.length < 2 || !List.of(LEDGER, BARE).contains(args[1])) {
            throw new IllegalArgumentException("REPORT ledger|bare [arguments]");
        }
        boolean ledger = LEDGER.equals(args[1]);
        watch(Path.of(args[0]), ledger);
        String[] arguments = Arrays.copyOfRange(args, 2, args.length);
        if (ledger) {
            Launcher.main(arguments);
        } else {
            BareWindow.main(arguments);
        }
    }

    private static void watch(Path report, boolean waitForDashboard) {
        MemoryUse.watchCollections();
        ProbedStart probe = new ProbedStart(report, waitForDashboard);
        Window.getWindows().addListener(probe::windowsChanged);
    }

    /** The first stage shown is the one watched; it is added to the list as it is shown, before its first pulse. */
    private void windowsChanged(ListChangeListener.Change<? extends Window> change) {
        while (change.next()) {
            for (Window window : change.getAddedSubList()) {
                if (stage == null && window instanceof Stage shown && shown.getScene() != null) {
                    stage = shown;
                    Scene scene = shown.getScene();
                    scene.addPostLayoutPulseListener(() -> pulse(scene));
                }
            }
        }
    }

    private void pulse(Scene scene) {
        if (done || !stage.isShowing()) {
            return;
        }
        long now = System.currentTimeMillis();
        if (firstFrame == 0) {
            firstFrame = now;
        }
        if (!waitForDashboard || dashboardFilled(scene)) {
            done = true;
            write(now);
            Platform.runLater(stage::close);
        }
    }

    private static boolean dashboardFilled(Scene scene) {
        return scene.lookup(DASHBOARD_CARDS) instanceof Parent cards && !cards.getChildrenUnmodifiable().isEmpty();
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
