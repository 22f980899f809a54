package org.ecopark.ledger.persistence.bulk;

import java.time.LocalDate;

/** An enterprise to insert in bulk; the USCC is its key for every other row of a bulk load. */
public record EnterpriseRow(String uscc, String name, String shortName, String segment, boolean envRelated,
                            LocalDate settledOn, LocalDate leftOn, String contactPerson, String contactPhone,
                            String address, String note) {
}
