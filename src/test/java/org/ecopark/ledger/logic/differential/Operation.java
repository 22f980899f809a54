package org.ecopark.ledger.logic.differential;

import java.util.List;
import org.ecopark.ledger.logic.collection.ImportRejectedException;
import org.ecopark.ledger.logic.records.RecordRejectedException;

/**
 * One step of a differential run: what it does, in words a failure message can show, the refusals that are a
 * legitimate outcome of it, and whether it was built to be refused (a transaction that must roll back). Any other
 * exception fails the run: a write the database refused where the rules let it through is a finding of its own.
 *
 * @param mustBeRefused the step is meant to fail; the run fails when it is applied instead
 */
record Operation(String description, boolean mustBeRefused, List<Class<? extends Throwable>> refusals,
                 Runnable action) {

    /** A write the services may still refuse by a rule the run did not foresee, or for a warning left unexplained. */
    static Operation write(String description, Runnable action) {
        return new Operation(description, false, List.of(RecordRejectedException.class, ImportRejectedException.class),
                action);
    }

    /** A write that may be refused in the named ways, e.g. a delete of a record others still point at. */
    @SafeVarargs
    static Operation mayBeRefused(String description, Runnable action, Class<? extends Throwable>... refusals) {
        return new Operation(description, false, List.of(refusals), action);
    }

    /** A write built to be refused in one of the named ways; everything it wrote must be rolled back. */
    @SafeVarargs
    static Operation refused(String description, Runnable action, Class<? extends Throwable>... refusals) {
        return new Operation(description, true, List.of(refusals), action);
    }

    boolean isRefusal(Throwable thrown) {
        return refusals.stream().anyMatch(type -> type.isInstance(thrown));
    }

    /** The family an operation belongs to, for the run's summary: its first word. */
    String family() {
        int space = description.indexOf(' ');
        return space < 0 ? description : description.substring(0, space);
    }
}
