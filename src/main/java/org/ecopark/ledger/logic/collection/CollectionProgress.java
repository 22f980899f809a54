package org.ecopark.ledger.logic.collection;

/** Where a long generation or import reports how far it got; the screen shows it as a progress bar. */
@FunctionalInterface
public interface CollectionProgress {

    CollectionProgress NONE = (done, total, message) -> { };

    /**
     * @param done    units finished so far
     * @param total   units in all; -1 when not known yet
     * @param message what is being done, in the user's language
     */
    void update(long done, long total, String message);
}
