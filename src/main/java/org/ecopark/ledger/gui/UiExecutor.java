package org.ecopark.ledger.gui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;

/**
 * Runs long work off the FX thread. Screens take it by injection so that tests can run the same
 * tasks synchronously.
 */
public interface UiExecutor {

    void execute(Task<?> task);

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
