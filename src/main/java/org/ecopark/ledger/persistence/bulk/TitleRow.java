package org.ecopark.ledger.persistence.bulk;

import java.time.LocalDate;

/** A title an enterprise (by USCC) holds from {@code awardedOn}, to insert in bulk. */
public record TitleRow(String uscc, String title, LocalDate awardedOn, LocalDate expiresOn, String certificateNo) {
}
