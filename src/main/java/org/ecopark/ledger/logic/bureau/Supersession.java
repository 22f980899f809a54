package org.ecopark.ledger.logic.bureau;

import java.util.Optional;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.ReceivedPackageRepository;

/**
 * One accepted package per park and period counts: of two, the one the park's ledger made later. The other is kept,
 * marked superseded, so a re-submission never loses what came before it.
 */
final class Supersession {

    private Supersession() {
    }

    /**
     * Makes the accepted package {@code accepted} the current one of its park and period, unless the current one was
     * made after it; returns the package it replaced.
     */
    static Optional<ReceivedPackage> accept(ReceivedPackageRepository packages, ReceivedPackage accepted) {
        Optional<ReceivedPackage> current = packages.current(accepted.parkId(), accepted.periodCode(), accepted.id());
        if (current.isEmpty()) {
            return Optional.empty();
        }
        if (current.get().createdAt().isAfter(accepted.createdAt())) {
            packages.markSuperseded(accepted.id()); // an older package that arrived late
            return Optional.empty();
        }
        packages.markSuperseded(current.get().id());
        packages.setSupersedes(accepted.id(), current.get().id());
        return current;
    }
}
