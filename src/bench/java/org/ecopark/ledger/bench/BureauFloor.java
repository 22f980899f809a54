package org.ecopark.ledger.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.ecopark.ledger.logic.submission.PackageExporter;

/**
 * The floor of receiving packages: what any receiver must at least do with them. Each zip is opened, every entry
 * read through SHA-256, and data.json, in the same pass, read token by token to its end with a plain Jackson
 * streaming parser. Nothing is checked against the manifest, verified, kept or written.
 */
final class BureauFloor {

    static final String NAME = "bureau floor: open each zip, SHA-256 of every entry, data.json streamed to its end";

    private static final JsonFactory JSON = new JsonFactory();

    private BureauFloor() {
    }

    /** Reads the zips; returns milliseconds and, in {@code tokens}, data.json's tokens of all (so none is skipped). */
    static double read(List<Path> zips, long[] tokens) throws IOException {
        long started = System.nanoTime();
        long count = 0;
        for (Path zip : zips) {
            try (ZipFile file = new ZipFile(zip.toFile(), StandardCharsets.UTF_8)) {
                Enumeration<? extends ZipEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    MessageDigest digest = sha256();
                    try (InputStream in = new DigestInputStream(new BufferedInputStream(file.getInputStream(entry),
                            1 << 16), digest)) {
                        if (entry.getName().equals(PackageExporter.DATA)) {
                            count += tokens(in);
                        }
                        in.transferTo(java.io.OutputStream.nullOutputStream());
                    }
                    HexFormat.of().formatHex(digest.digest());
                }
            }
        }
        tokens[0] = count;
        return Samples.millisSince(started);
    }

    private static long tokens(InputStream in) throws IOException {
        long count = 0;
        try (JsonParser parser = JSON.createParser(new java.io.FilterInputStream(in) {
            @Override
            public void close() {
                // the entry's stream is closed by its owner, after the rest of it is hashed
            }
        })) {
            while (parser.nextToken() != null) {
                count++;
            }
        }
        return count;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
