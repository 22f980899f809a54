package org.ecopark.ledger.gui.collection;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.logic.collection.CollectionProgress;

/**
 * Runs one long piece of collection work at a time as a task, with progress, a message and a cancel
 * request. Cancelling does not stop the thread: the work checks the request between rows and stops by
 * throwing, which rolls its transaction back; only then is the task over, so "cancelled" is never shown
 * while a rollback is still running.
 */
final class BackgroundWork {

    /** The work: reports progress, checks for a cancel request between rows. */
    @FunctionalInterface
    interface Work<R> {
        R run(CollectionProgress progress, BooleanSupplier cancelled) throws Exception;
    }

    private final UiExecutor executor;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty message = new SimpleStringProperty("");
    private AtomicBoolean cancelRequest = new AtomicBoolean();

    BackgroundWork(UiExecutor executor) {
        this.executor = executor;
    }

    <R> void start(Work<R> work, Consumer<R> onDone, Consumer<Throwable> onFailed) {
        AtomicBoolean request = new AtomicBoolean();
        cancelRequest = request;
        Task<R> task = new Task<>() {
            @Override
            protected R call() throws Exception {
                return work.run((done, total, text) -> {
                    if (total > 0) {
                        updateProgress(done, total);
                    } else {
                        updateProgress(-1, 1);
                    }
                    updateMessage(text);
                }, request::get);
            }
        };
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(event -> {
            finish();
            onDone.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finish();
            onFailed.accept(task.getException());
        });
        executor.execute(task);
    }

    /** Asks the running work to stop at the next row. */
    void cancel() {
        cancelRequest.set(true);
    }

    private void finish() {
        progress.unbind();
        message.unbind();
        progress.set(0);
        message.set("");
        running.set(false);
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    DoubleProperty progressProperty() {
        return progress;
    }

    StringProperty messageProperty() {
        return message;
    }
}
