package org.ecopark.ledger.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A package a bureau received from a park (a submission of direction IMPORT), without its bytes.
 *
 * @param createdAt         when the park's ledger made it (its manifest)
 * @param receivedAt        when the bureau took it in
 * @param sha256            lower-case hex of the whole zip
 * @param superseded        a later package of the same park and period replaced it
 * @param supersedesId      the package it replaced; null when none
 * @param signerFingerprint the fingerprint of the key that signed it
 * @param signerKey         that key's X.509 encoding in Base64
 * @param returned          the bureau sent it back (已退回); null when it did not
 */
public record ReceivedPackage(long id, long parkId, String parkCode, String periodCode, LocalDate periodStart,
                              LocalDate periodEnd, Instant createdAt, Instant receivedAt, String receivedBy,
                              String fileName, String sha256, String templateVersion, IntakeState state,
                              boolean superseded, Long supersedesId, String signerFingerprint, String signerKey,
                              Returned returned) {
}
