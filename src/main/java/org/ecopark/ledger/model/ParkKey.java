package org.ecopark.ledger.model;

import java.time.Instant;

/**
 * A park's public key registered in a bureau ledger.
 *
 * @param fingerprint grouped upper-case hex, as printed on a package's cover
 * @param publicKey   the key's X.509 encoding in Base64; null while it was registered by its fingerprint alone and no
 *                    package signed by it has come yet
 */
public record ParkKey(long id, String parkCode, String parkName, String fingerprint, String publicKey,
                      Instant registeredAt, String registeredBy) {
}
