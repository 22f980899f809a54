package org.ecopark.ledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A patent by its normalised number. The owners among the ledger's enterprises are kept in the order of
 * the certificate; owners outside the ledger are free text in otherOwners.
 *
 * @param id 0 for a patent not saved yet
 */
public record Patent(long id, String number, String title, PatentType type, LocalDate appliedOn, LocalDate grantedOn,
                     LocalDate lapsedOn, PatentStatus status, List<Long> ownerIds, String otherOwners) {

    public Patent {
        ownerIds = ownerIds == null ? List.of() : List.copyOf(ownerIds);
    }

    public Patent withId(long newId) {
        return new Patent(newId, number, title, type, appliedOn, grantedOn, lapsedOn, status, ownerIds, otherOwners);
    }
}
