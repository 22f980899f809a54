package org.ecopark.ledger.logic.signing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.Locale;

/**
 * What identifies a ledger's key on paper: the first 16 bytes of the SHA-256 of the public key's standard encoding,
 * as 8 groups of 4 hex digits ("3F2A 9C01 …"), short enough to print beside the seal and to type in by hand.
 */
public record Fingerprint(String text) {

    private static final int BYTES = 16;

    public Fingerprint {
        text = normalise(text);
    }

    public static Fingerprint of(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return new Fingerprint(HexFormat.of().formatHex(digest, 0, BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A fingerprint typed by a person: spaces, hyphens and case do not matter.
     *
     * @throws IllegalArgumentException when it is not 32 hex digits
     */
    public static Fingerprint parse(String typed) {
        return new Fingerprint(typed);
    }

    private static String normalise(String text) {
        String hex = text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!hex.matches("[0-9A-F]{" + 2 * BYTES + "}")) {
            throw new IllegalArgumentException("A fingerprint has 32 hex digits: " + text);
        }
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < hex.length(); i += 4) {
            grouped.append(i == 0 ? "" : " ").append(hex, i, i + 4);
        }
        return grouped.toString();
    }

    @Override
    public String toString() {
        return text;
    }
}
