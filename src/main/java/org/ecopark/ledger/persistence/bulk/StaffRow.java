package org.ecopark.ledger.persistence.bulk;

import java.time.LocalDate;

/** An R&D staff member of the enterprise with {@code uscc}, to insert in bulk. */
public record StaffRow(String uscc, String name, String idHint, String education, String professionalTitle,
                       boolean fullTime, LocalDate joinedOn, LocalDate leftOn) {
}
