package org.ecopark.ledger.logic.copy;

/** Told what a copy is doing, in the user's words: the window shows it, the command prints nothing of it. */
@FunctionalInterface
public interface CopyProgress {

    CopyProgress NONE = (message, done, steps) -> { };

    /**
     * @param done  steps done so far (tables copied)
     * @param steps all steps; 0 while the number is not known yet
     */
    void step(String message, int done, int steps);
}
