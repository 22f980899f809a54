package org.ecopark.ledger.gui.submissions;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a folder in the system's file manager through JavaFX's host services rather than AWT's Desktop
 * (which does not mix well with the FX thread). A section cannot reach the window's Application, and the
 * host services of any Application instance open documents the same way.
 */
public final class FileManager {

    private static final Logger LOGGER = LoggerFactory.getLogger(FileManager.class);

    private FileManager() {
    }

    public static void show(Path folder) {
        try {
            Host.SERVICES.showDocument(folder.toUri().toString());
        } catch (RuntimeException e) {
            // no desktop to hand the folder to (a bare Linux session): the status line already names the file
            LOGGER.warn("Cannot open {} in the file manager", folder, e);
        }
    }

    private static final class Host extends Application {
        static final HostServices SERVICES = new Host().getHostServices();

        @Override
        public void start(Stage stage) {
            // never launched: only its host services are used
        }
    }
}
