package org.ecopark.ledger.persistence.bulk;

import java.time.LocalDate;

/** An event the park held or took part in, to insert in bulk. */
public record EventRow(LocalDate heldOn, String title, String eventType, boolean international, Integer participants,
                       String location, String note) {
}
