package org.ecopark.ledger.logic.signing;

import java.security.KeyPair;
import java.security.PublicKey;

/**
 * The ledger's own signing key. The private half never leaves the ledger (it travels only inside the ledger's
 * file and its backups); the public half and its fingerprint are what others are given.
 */
public final class LedgerKey {

    private final KeyPair pair;
    private final Fingerprint fingerprint;

    LedgerKey(KeyPair pair) {
        this.pair = pair;
        this.fingerprint = Fingerprint.of(pair.getPublic());
    }

    public PublicKey publicKey() {
        return pair.getPublic();
    }

    public Fingerprint fingerprint() {
        return fingerprint;
    }

    /** The signature algorithm's name, as signature files and manifests give it. */
    public String algorithm() {
        return Ed25519.ALGORITHM;
    }

    /** The ledger's Ed25519 signature of exactly {@code data}. */
    public byte[] sign(byte[] data) {
        return Ed25519.sign(pair.getPrivate(), data);
    }
}
