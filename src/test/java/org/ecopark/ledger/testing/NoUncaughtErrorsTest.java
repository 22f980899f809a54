package org.ecopark.ledger.testing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import javafx.beans.property.SimpleObjectProperty;
import org.ecopark.ledger.gui.UnexpectedErrors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The guard every test runs under, driven by hand here (its own run around this test then finds nothing left). */
class NoUncaughtErrorsTest {

    private final NoUncaughtErrors guard = new NoUncaughtErrors();

    @Test
    void aListenersExceptionThatJavaFxCarriesOnFromFailsTheTest() {
        guard.beforeEach(null);
        SimpleObjectProperty<Integer> month = new SimpleObjectProperty<>(11);
        month.addListener(ignored -> {
            throw new DateTimeException("Invalid value for MonthOfYear (valid values 1 - 12): 31");
        });

        month.set(12);

        assertThatThrownBy(() -> guard.afterEach(null)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("uncaught").hasMessageContaining("MonthOfYear")
                .hasCauseInstanceOf(DateTimeException.class);
    }

    @Test
    void aThreadThatDiesFailsTheTest() throws InterruptedException {
        guard.beforeEach(null);
        Thread dying = new Thread(() -> {
            throw new IllegalStateException("gone");
        }, "dying-worker");
        dying.start();
        dying.join();

        assertThatThrownBy(() -> guard.afterEach(null)).hasMessageContaining("dying-worker").hasMessageContaining("gone");
    }

    @Test
    void theProgramsOwnHandlersLineFailsTheTest() {
        guard.beforeEach(null);
        LoggerFactory.getLogger(UnexpectedErrors.class).error("Not caught on the thread {}", "JavaFX Application Thread",
                new IllegalArgumentException("no such quarter"));

        assertThatThrownBy(() -> guard.afterEach(null)).hasMessageContaining("JavaFX Application Thread")
                .hasCauseInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTestWithoutThemPasses() {
        guard.beforeEach(null);
        SimpleObjectProperty<Integer> month = new SimpleObjectProperty<>(11);
        month.addListener(ignored -> { });
        month.set(12);

        assertThatCode(() -> guard.afterEach(null)).doesNotThrowAnyException();
    }
}
