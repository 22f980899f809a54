package org.ecopark.ledger.testing;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * What the program logs while a test runs: every event that reaches the root logger, with the program's
 * own loggers opened to INFO so that its refusals are seen. The console is left out meanwhile: a corpus of
 * a thousand refusals would print a thousand lines, and the test reads the events itself.
 */
public final class LogCapture implements AutoCloseable {

    private static final String PROGRAM = "org.ecopark.ledger";

    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger program = (Logger) LoggerFactory.getLogger(PROGRAM);
    private final Level programLevel;
    private final List<Appender<ILoggingEvent>> detached = new ArrayList<>();

    private LogCapture() {
        programLevel = program.getLevel();
        for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
            detached.add(it.next());
        }
        detached.forEach(root::detachAppender);
        appender.start();
        root.addAppender(appender);
        program.setLevel(Level.INFO);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** How many events so far: a mark to read the events of one step from. */
    public int mark() {
        synchronized (appender) { // the lock under which logback appends
            return appender.list.size();
        }
    }

    /** The events logged since {@code mark}. */
    public List<ILoggingEvent> since(int mark) {
        synchronized (appender) {
            return List.copyOf(appender.list.subList(mark, appender.list.size()));
        }
    }

    /** Nothing logged as an error, and no stack trace with anything logged. */
    public static void assertNoErrorNorStackTrace(List<ILoggingEvent> events) {
        assertThat(events).as("logged").allSatisfy(event -> {
            assertThat(event.getLevel()).as("level of: %s", event.getFormattedMessage()).isNotEqualTo(Level.ERROR);
            assertThat(event.getThrowableProxy()).as("stack trace with: %s", event.getFormattedMessage()).isNull();
        });
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
        program.setLevel(programLevel);
        detached.forEach(root::addAppender);
    }
}
