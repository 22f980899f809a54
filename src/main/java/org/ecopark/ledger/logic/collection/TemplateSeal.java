package org.ecopark.ledger.logic.collection;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.ecopark.ledger.logic.records.AuditedWrites;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The seal on a template's hidden sheet: an HMAC-SHA256 over every field of the sheet, keyed with a
 * secret of the ledger that made the template. The secret is drawn at random the first time the ledger
 * makes templates, is kept in the ledger's settings and is never written into any file the ledger gives
 * out, so whoever has a template and the program can still not make a seal for another enterprise,
 * another period or a workbook for all enterprises: only the ledger that made the template accepts it.
 *
 * <p>A checksum with a constant mixed in (what templates of version 1.0 carry) is no seal: the constant is
 * in the program, and anyone can recompute it.
 */
public final class TemplateSeal {

    /** Where the ledger keeps its secret (Base64 of {@value #SECRET_BYTES} random bytes). */
    static final String SETTING = "collection.template.secret";
    private static final int SECRET_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    private TemplateSeal(byte[] secret) {
        this.key = new SecretKeySpec(secret, ALGORITHM);
    }

    /** The ledger's seal; empty when the ledger has never made templates (so none of it can be genuine). */
    static Optional<TemplateSeal> of(Repositories read) {
        return read.settings().get(SETTING).flatMap(TemplateSeal::decode);
    }

    /** The ledger's seal, its secret drawn and stored first if the ledger has none yet. */
    static TemplateSeal ofOrCreate(AuditedWrites writes) {
        Optional<TemplateSeal> existing = of(writes.read());
        if (existing.isPresent()) {
            return existing.get();
        }
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        String drawn = Base64.getEncoder().encodeToString(secret);
        return writes.inTransaction(tx -> {
            var settings = tx.repositories().settings();
            Optional<TemplateSeal> stored = settings.get(SETTING).flatMap(TemplateSeal::decode);
            if (stored.isPresent()) {
                return stored.get();
            }
            settings.remove(SETTING); // unreadable (edited by hand): nothing sealed with it could be checked anyway
            return decode(settings.putIfAbsent(SETTING, drawn)).orElseThrow();
        });
    }

    /** The seal over the fields of a hidden sheet (the seal's own field left out), lower-case hex. */
    String sign(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(fields).forEach((name, value) -> {
            if (!TemplateLayout.KEY_SEAL.equals(name)) {
                String stripped = value == null ? null : value.strip();
                text.append(name.length()).append(':').append(name)
                        .append(stripped == null ? "-" : stripped.length() + ":" + stripped).append('\n');
            }
        });
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JRE has HmacSHA256", e);
        }
    }

    /** Whether {@code seal} is this ledger's seal over the fields; compared in constant time. */
    boolean verify(Map<String, String> fields, String seal) {
        if (seal == null) {
            return false;
        }
        byte[] expected = sign(fields).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, seal.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<TemplateSeal> decode(String stored) {
        try {
            byte[] secret = Base64.getDecoder().decode(stored.strip());
            return secret.length == SECRET_BYTES ? Optional.of(new TemplateSeal(secret)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
