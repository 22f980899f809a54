package org.ecopark.ledger.gui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * The loads of one screen, where the latest request wins. Each request runs as a task through the executor;
 * its result (or failure) is handed on only if no newer request was made meanwhile, so a slow load started
 * before a change can never overwrite what a load started after it shows. Screens reload whenever the ledger
 * changes and the as-of date moves, so requests overlap often.
 */
public final class LatestLoad {

    private final UiExecutor executor;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private long requests;

    public LatestLoad(UiExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} off the FX thread; {@code onSuccess} or {@code onFailure} runs on it, for the latest request only. */
    public <T> void load(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        long mine = ++requests;
        Task<T> task = new Task<>() {
            @Override
            protected T call() {
                return work.get();
            }
        };
        task.setOnSucceeded(event -> {
            if (mine == requests) {
                busy.set(false);
                onSuccess.accept(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (mine == requests) {
                busy.set(false);
                onFailure.accept(task.getException());
            }
        });
        busy.set(true);
        executor.execute(task);
    }

    /** Drops the result of every load still running: the screen shows something that needs none. */
    public void forget() {
        requests++;
        busy.set(false);
    }

    /** True while the latest request runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
