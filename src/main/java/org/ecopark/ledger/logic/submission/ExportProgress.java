package org.ecopark.ledger.logic.submission;

import java.util.function.Consumer;

/** Where an export reports how far it is: the share done (0 to 1) and the step it is at, for a progress bar. */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (fraction, step) -> { };

    void update(double fraction, String step);

    /** Progress for a caller that only shows a bar. */
    static ExportProgress of(Consumer<Double> fraction) {
        return (done, step) -> fraction.accept(done);
    }

    /** This progress naming its step {@code step} whatever the work reports (written in another language). */
    default ExportProgress saying(String step) {
        return (fraction, ignored) -> update(fraction, step);
    }

    /** This progress as the part [from, to] of a larger whole. */
    default ExportProgress part(double from, double to) {
        return (fraction, step) -> update(from + (to - from) * Math.max(0, Math.min(1, fraction)), step);
    }
}
