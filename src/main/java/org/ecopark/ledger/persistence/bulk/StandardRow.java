package org.ecopark.ledger.persistence.bulk;

import java.time.LocalDate;

/** One enterprise's part (lead or participant) in drafting the standard {@code code}, to insert in bulk. */
public record StandardRow(String code, String title, String level, String role, String uscc, LocalDate publishedOn) {
}
