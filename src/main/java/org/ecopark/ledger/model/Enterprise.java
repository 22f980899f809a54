package org.ecopark.ledger.model;

import java.time.LocalDate;
import java.util.List;

/**
 * An enterprise of a park, keyed by its unified social credit code. An enterprise that moved away keeps
 * its records and gets a leftOn date; its titles are part of it.
 *
 * @param id 0 for an enterprise not saved yet
 */
public record Enterprise(long id, long parkId, String uscc, String name, String shortName, EnterpriseSegment segment,
                         boolean envRelated, LocalDate settledOn, LocalDate leftOn, String contactPerson,
                         String contactPhone, String address, String note, List<EnterpriseTitle> titles) {

    public Enterprise {
        titles = titles == null ? List.of() : List.copyOf(titles);
    }

    public Enterprise withId(long newId) {
        return new Enterprise(newId, parkId, uscc, name, shortName, segment, envRelated, settledOn, leftOn,
                contactPerson, contactPhone, address, note, titles);
    }

    /** The short name where there is one, for narrow lists. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
