package org.ecopark.ledger.gui;

import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.WindowBounds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the main window where it was last closed ({@link WindowPlacement}) and remembers its place in the
 * {@link UserPreferences} when it closes, or when the program is ended without closing it (logging off, kill).
 */
final class WindowMemory {

    private static final Logger LOGGER = LoggerFactory.getLogger(WindowMemory.class);

    private final Stage stage;
    private final UserPreferences preferences;
    /** The window's normal place and whether it is maximised now; read by the shutdown hook, off the FX thread. */
    private final AtomicReference<WindowBounds> current = new AtomicReference<>();
    private final AtomicBoolean remembered = new AtomicBoolean();
    private final Thread onShutdown = new Thread(this::remember, "remember-window-place");

    private WindowMemory(Stage stage, UserPreferences preferences) {
        this.stage = stage;
        this.preferences = preferences;
    }

    /** Places {@code stage} (not yet shown) and remembers its place from then on. */
    static void attach(Stage stage, UserPreferences preferences) {
        WindowMemory memory = new WindowMemory(stage, preferences);
        WindowBounds bounds = WindowPlacement.place(preferences.window(),
                Screen.getScreens().stream().map(Screen::getVisualBounds).toList(),
                Screen.getPrimary().getVisualBounds());
        stage.setX(bounds.x());
        stage.setY(bounds.y());
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        stage.setMaximized(bounds.maximised());
        memory.current.set(bounds);
        memory.follow();
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, event -> {
            memory.remember();
            try {
                Runtime.getRuntime().removeShutdownHook(memory.onShutdown);
            } catch (IllegalStateException e) {
                // the program is ending already: the hook finds the place remembered
            }
        });
        Runtime.getRuntime().addShutdownHook(memory.onShutdown);
    }

    /**
     * Keeps the normal place while the window is neither maximised nor minimised, so that closing it maximised
     * remembers where it goes back to. Looked at after the event: a maximise moves and resizes the window before
     * or after it says it is maximised, depending on the system.
     */
    private void follow() {
        InvalidationListener moved = observable -> Platform.runLater(() -> {
            WindowBounds before = current.get();
            if (!stage.isShowing() || stage.isIconified() || stage.isFullScreen()) {
                return;
            }
            if (stage.isMaximized()) {
                current.set(new WindowBounds(before.x(), before.y(), before.width(), before.height(), true));
            } else {
                current.set(new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false));
            }
        });
        stage.xProperty().addListener(moved);
        stage.yProperty().addListener(moved);
        stage.widthProperty().addListener(moved);
        stage.heightProperty().addListener(moved);
        stage.maximizedProperty().addListener(moved);
    }

    private void remember() {
        if (remembered.getAndSet(true)) {
            return;
        }
        try {
            preferences.setWindow(current.get());
        } catch (UncheckedIOException e) {
            // the window closes all the same; it opens at the default place next time
            LOGGER.warn("Cannot remember where the window was", e);
        }
    }
}
