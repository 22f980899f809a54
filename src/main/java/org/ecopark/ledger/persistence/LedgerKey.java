package org.ecopark.ledger.persistence;

import java.security.GeneralSecurityException;
import java.security.spec.KeySpec;
import java.util.Arrays;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The key an encrypted ledger file is opened with, made from the user's password. H2 encrypts the file with AES
 * ({@code CIPHER=AES}) under a key it hashes from a "file password" and a random salt of its own in the file's header,
 * but hashes only ten times, and refuses a file password with a space. So the user's password is first stretched with
 * PBKDF2-HMAC-SHA256 (600 000 rounds, OWASP's advice for that function), and H2 is given the result in hexadecimal:
 * any password works, and each guess costs an attacker the full stretching. The salt of the stretching is the
 * program's own, the same for every ledger: a per-file salt would have to be stored beside the file and travel with
 * every copy and backup; H2's salt in the header still makes every file's key different.
 * <p>
 * Neither the password nor this key is ever written anywhere; the key lives in memory while the ledger is open.
 */
public final class LedgerKey {

    private static final byte[] SALT = "EcoPark Ledger file key, v1".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    private static final int ROUNDS = 600_000;
    private static final int BITS = 256;
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final char[] hex;

    private LedgerKey(char[] hex) {
        this.hex = hex;
    }

    /** Stretches {@code password}; the caller may wipe its array afterwards. */
    public static LedgerKey fromPassword(char[] password) {
        if (password == null || password.length == 0) {
            throw new IllegalArgumentException("An empty password does not protect a ledger");
        }
        KeySpec spec = new PBEKeySpec(password, SALT, ROUNDS, BITS);
        byte[] key;
        try {
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
        char[] hex = new char[key.length * 2];
        for (int i = 0; i < key.length; i++) {
            hex[2 * i] = HEX[(key[i] >> 4) & 0xf];
            hex[2 * i + 1] = HEX[key[i] & 0xf];
        }
        Arrays.fill(key, (byte) 0);
        return new LedgerKey(hex);
    }

    /** H2's file password: the key in hexadecimal (a copy, for H2's builders that take it). */
    char[] filePassword() {
        return hex.clone();
    }

    /** What H2's connection takes as its password: the file password, a space, and the user's (empty) password. */
    char[] connectionPassword() {
        char[] password = Arrays.copyOf(hex, hex.length + 1);
        password[hex.length] = ' ';
        return password;
    }

    /** Never the key itself. */
    @Override
    public String toString() {
        return "LedgerKey[hidden]";
    }
}
