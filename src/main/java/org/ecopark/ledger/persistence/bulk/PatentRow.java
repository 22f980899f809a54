package org.ecopark.ledger.persistence.bulk;

import java.time.LocalDate;
import java.util.List;

/**
 * A patent with its owners among the ledger's enterprises (USCCs, in certificate order) and the
 * owners outside it as free text, to insert in bulk.
 */
public record PatentRow(String number, String title, String patentType, LocalDate appliedOn, LocalDate grantedOn,
                        LocalDate lapsedOn, String status, List<String> owners, String otherOwners) {

    public PatentRow {
        owners = List.copyOf(owners);
    }
}
