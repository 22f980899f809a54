package org.ecopark.ledger.model;

import java.time.Instant;
import java.util.List;

/**
 * A plan file a bureau sent to its parks.
 *
 * @param sha256    lower-case hex of the plan file as written
 * @param parkCodes the parks it went to
 */
public record PlanDistribution(long id, String planCode, int catalogVersion, String fileName, String sha256,
                               Instant sentAt, String sentBy, List<String> parkCodes) {

    public PlanDistribution {
        parkCodes = List.copyOf(parkCodes);
    }
}
