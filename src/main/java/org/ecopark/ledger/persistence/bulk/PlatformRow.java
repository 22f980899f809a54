package org.ecopark.ledger.persistence.bulk;

import java.time.LocalDate;

/** An innovation platform of the park; {@code uscc} is null for a platform of the park itself. */
public record PlatformRow(String name, String platformType, String level, String uscc, LocalDate approvedOn,
                          String approvedBy, LocalDate revokedOn) {
}
