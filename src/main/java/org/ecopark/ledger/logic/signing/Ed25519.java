package org.ecopark.ledger.logic.signing;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * Ed25519 as the JDK provides it (no other library): keys in their standard encodings (X.509 for the public half,
 * PKCS#8 for the private one) and signatures of 64 bytes. Chosen over SM2/SM3 because it needs nothing beyond the JDK
 * and is deterministic (the same key and bytes always give the same signature); see the README's "Signed packages".
 */
final class Ed25519 {

    static final String ALGORITHM = "Ed25519";

    private Ed25519() {
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with the ledger's key", e);
        }
    }

    /** Whether {@code signature} is the key's signature of exactly {@code data}; a malformed signature is not. */
    static boolean verify(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature check = Signature.getInstance(ALGORITHM);
            check.initVerify(key);
            check.update(data);
            return check.verify(signature);
        } catch (java.security.SignatureException | java.security.InvalidKeyException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    /** @throws IllegalArgumentException when the bytes are no Ed25519 public key */
    static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (java.security.spec.InvalidKeySpecException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime has no Ed25519", e);
        }
    }

    static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The ledger's signing key is damaged", e);
        }
    }
}
