package org.ecopark.ledger.testing;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.ecopark.ledger.gui.UnexpectedErrors;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * Fails a test during which an exception reached a thread's handler uncaught: a listener's exception, which JavaFX
 * hands to that handler and then carries on, or a thread that died. In the program such an error shows the user the
 * unexpected-error dialog ({@link UnexpectedErrors}); in a test it would otherwise pass unseen, or fail a later test
 * that happens to wait on the FX thread. Registered for every test ({@code META-INF/services}). Before each test the
 * default handler records; a window started by the test puts the program's own in its place, whose log line is
 * recorded instead.
 */
public final class NoUncaughtErrors implements BeforeEachCallback, AfterEachCallback {

    /** What reached a handler since the test began, under its own lock. */
    private static final List<Caught> CAUGHT = new ArrayList<>();

    /** One exception that reached a handler: where (the thread, or the program's log line) and what. */
    private record Caught(String where, Throwable error) {
        @Override
        public String toString() {
            return where + (error == null ? "" : ": " + error);
        }
    }

    static {
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent event) {
                Throwable error = event.getThrowableProxy() instanceof ThrowableProxy proxy ? proxy.getThrowable() : null;
                record(event.getFormattedMessage(), error);
            }
        };
        Logger logger = (Logger) LoggerFactory.getLogger(UnexpectedErrors.class);
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        takeAll(); // what reached a handler before this test is not this test's
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                record("Not caught on the thread " + thread.getName(), error));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<Caught> caught = takeAll();
        if (!caught.isEmpty()) {
            AssertionError failure = new AssertionError("An exception reached a thread's handler uncaught while this "
                    + "test ran (a user would see the unexpected-error dialog): " + caught);
            caught.stream().map(Caught::error).filter(error -> error != null).findFirst().ifPresent(failure::initCause);
            throw failure;
        }
    }

    private static void record(String where, Throwable error) {
        synchronized (CAUGHT) {
            CAUGHT.add(new Caught(where, error));
        }
    }

    /** Everything recorded so far, which is forgotten in the same step. */
    private static List<Caught> takeAll() {
        synchronized (CAUGHT) {
            List<Caught> all = List.copyOf(CAUGHT);
            CAUGHT.clear();
            return all;
        }
    }
}
