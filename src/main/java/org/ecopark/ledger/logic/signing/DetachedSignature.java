package org.ecopark.ledger.logic.signing;

import java.io.IOException;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;

/**
 * A signature kept beside what it signs ({@code signature.json} beside a package's {@code manifest.json}, a plan
 * file's): the signer's public key and fingerprint, and the Ed25519 signature of the signed file's exact bytes. The
 * key inside proves only that whoever holds its private half signed; who that is comes from the receiver's
 * registered keys ({@link TrustedKeys}) or the fingerprint printed on the sealed paper.
 */
public record DetachedSignature(String algorithm, String publicKey, String fingerprint, String signature) {

    public static final String FILE_NAME = "signature.json";
    /** Larger than any signature file. */
    public static final long MAX_BYTES = 16 * 1024;

    /** What a receiver may conclude. */
    public enum Verdict {
        /** Signed by a registered key, and the signed bytes are as signed. */
        TRUSTED,
        /** Signed by a key no one registered: the bytes are as that key signed them, the sender is unconfirmed. */
        UNKNOWN_SIGNER,
        /** The signature does not fit the bytes (or is not one): something was changed after signing. */
        INVALID
    }

    /** The outcome of a check, with the signer's fingerprint and, when registered, its key file. */
    public record Check(Verdict verdict, Fingerprint fingerprint, Optional<PublicKeyFile> registered) {
    }

    public static DetachedSignature sign(LedgerKey key, byte[] signed) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new DetachedSignature(Ed25519.ALGORITHM, base64.encodeToString(key.publicKey().getEncoded()),
                key.fingerprint().text(), base64.encodeToString(key.sign(signed)));
    }

    /** Checks the signature of {@code signed} and looks its key up among {@code trusted}. */
    public Check check(byte[] signed, TrustedKeys trusted) {
        PublicKey key;
        byte[] bytes;
        try {
            key = Ed25519.publicKey(Base64.getDecoder().decode(String.valueOf(publicKey)));
            bytes = Base64.getDecoder().decode(String.valueOf(signature));
        } catch (IllegalArgumentException e) {
            return new Check(Verdict.INVALID, null, Optional.empty());
        }
        Fingerprint actual = Fingerprint.of(key);
        if (!Ed25519.ALGORITHM.equals(algorithm) || !actual.text().equals(fingerprint)
                || !Ed25519.verify(key, signed, bytes)) {
            return new Check(Verdict.INVALID, actual, Optional.empty());
        }
        Optional<PublicKeyFile> registered = trusted.find(actual);
        return new Check(registered.isPresent() ? Verdict.TRUSTED : Verdict.UNKNOWN_SIGNER, actual, registered);
    }

    public byte[] toJson() {
        try {
            return PublicKeyFile.JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("A signature always writes as JSON", e);
        }
    }

    /** @return empty when the bytes are no signature file (which a check then treats as an invalid signature) */
    public static Optional<DetachedSignature> fromJson(byte[] json) {
        try {
            return Optional.ofNullable(PublicKeyFile.JSON.readValue(json, DetachedSignature.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
