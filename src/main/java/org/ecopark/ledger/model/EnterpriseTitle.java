package org.ecopark.ledger.model;

import java.time.LocalDate;

/** A title an enterprise holds from its award until it expires (open-ended when expiresOn is null). */
public record EnterpriseTitle(long id, TitleKind kind, LocalDate awardedOn, LocalDate expiresOn, String certificateNo) {

    /** Whether the title is held at {@code date}: awarded on or before it and not yet expired. */
    public boolean heldAt(LocalDate date) {
        return !awardedOn.isAfter(date) && (expiresOn == null || expiresOn.isAfter(date));
    }
}
