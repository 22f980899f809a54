package org.ecopark.ledger.logic.demo;

/** How far a long load has come, for a progress bar; called from the loading thread. */
@FunctionalInterface
public interface LoadProgress {

    LoadProgress NONE = (done, total) -> { };

    void update(long done, long total);
}
