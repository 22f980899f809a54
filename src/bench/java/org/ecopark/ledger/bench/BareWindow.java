package org.ecopark.ledger.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The floor of the benchmark's start: the barest JavaFX window of the main window's size, started the same way as
 * the program (a plain main class on the same class path, like {@code Launcher}, so the jars need no module path).
 * {@link ProbedStart} watches it as it watches the program.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("EcoPark Ledger")), 1280, 800));
            stage.show();
        }
    }
}
