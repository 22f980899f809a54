package org.ecopark.ledger.logic.collection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the hidden sheet says a workbook is: template version, park, enterprise (or all), period, and a
 * checksum over those codes. The sheet is very hidden and the workbook structure locked, so an edit
 * takes intent; the checksum turns such an edit into a refusal instead of values booked to the wrong
 * enterprise or period. It is a seal against accidents and casual edits, not a signature.
 */
public record TemplateMeta(String version, String parkCode, String uscc, String periodCode) {

    /** Mixed into the checksum so that it is not a plain hash of the visible codes. */
    private static final String SEAL = "ecopark-ledger/collection-template";

    public boolean forAllEnterprises() {
        return TemplateLayout.ALL_ENTERPRISES.equals(uscc);
    }

    /** SHA-256 (lower-case hex) over the codes. */
    public String checksum() {
        String text = String.join("|", SEAL, version, parkCode, uscc, periodCode);
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JRE has SHA-256", e);
        }
    }
}
