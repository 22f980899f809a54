package org.ecopark.ledger.gui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The warnings JavaFX logs while it styles nodes (an unresolved looked-up colour, a value of the wrong type, a rule
 * that does not parse). JavaFX reports these through the {@code javafx.css} logger, never as an exception, so a test
 * listens on that logger.
 */
public final class CssWarnings {

    /** Held strongly: java.util.logging keeps loggers only weakly, and a collected logger loses the handler. */
    private static final Logger CSS_LOGGER = Logger.getLogger("javafx.css");

    private final List<String> warnings = new CopyOnWriteArrayList<>();
    private final Handler catcher = new Handler() {
        @Override
        public void publish(LogRecord entry) {
            if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
                String message = entry.getMessage();
                if (entry.getParameters() != null && entry.getParameters().length > 0) {
                    message = java.text.MessageFormat.format(message, entry.getParameters());
                }
                warnings.add(message + (entry.getThrown() == null ? "" : " (" + entry.getThrown() + ")"));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Starts listening. */
    public void listen() {
        CSS_LOGGER.addHandler(catcher);
    }

    public void stop() {
        CSS_LOGGER.removeHandler(catcher);
    }

    public void clear() {
        warnings.clear();
    }

    /** The warnings logged since listening started or the last {@link #clear()}. */
    public List<String> list() {
        return List.copyOf(warnings);
    }
}
