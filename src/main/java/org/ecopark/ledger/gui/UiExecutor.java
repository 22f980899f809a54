package org.ecopark.ledger.gui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/**
 * Runs long work off the FX thread. Screens take it by injection so that tests can run the same
 * tasks synchronously.
 */
public interface UiExecutor {

    void execute(Task<?> task);

    /** Runs {@code work} as a task; its result goes to {@code onDone}, or its error to {@code onFailed}, on the FX thread. */
    default <T> void run(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(event -> onDone.accept(task.getValue()));
        task.setOnFailed(event -> onFailed.accept(task.getException()));
        execute(task);
    }

    /** Daemon worker threads: an unfinished export must not keep the program alive after the window closes. */
    static UiExecutor background() {
        ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "ledger-worker");
            thread.setDaemon(true);
            return thread;
        });
        return pool::execute;
    }

    /** Runs the task on the calling thread; for tests. */
    static UiExecutor synchronous() {
        return Task::run;
    }
}
