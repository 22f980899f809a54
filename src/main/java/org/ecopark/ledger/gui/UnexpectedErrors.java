package org.ecopark.ledger.gui;

import javafx.application.Platform;
import org.ecopark.ledger.l10n.I18n;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Errors no code caught, on any thread (a listener's exception too: JavaFX hands it to the thread's handler). Each is
 * logged at once, naming its thread, and then shown to the user in a dialog with the details behind its toggle.
 */
public final class UnexpectedErrors {

    private static final Logger LOGGER = LoggerFactory.getLogger(UnexpectedErrors.class);

    private UnexpectedErrors() {
    }

    /** Makes this the handler of every thread that has none of its own; the dialogs show on {@code dialogs}. */
    static void install(DialogService dialogs) {
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            LOGGER.error("Not caught on the thread {}", thread.getName(), error);
            Platform.runLater(() -> dialogs.showLoggedError(I18n.tr("error.unexpected"), error));
        });
    }
}
