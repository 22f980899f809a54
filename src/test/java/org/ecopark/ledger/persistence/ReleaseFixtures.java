package org.ecopark.ledger.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Ledgers made by earlier releases of the program (src/test/resources/fixtures, one per release, made as that folder's
 * README says): {@code ledger-<release>.zip}, a zip of the closed ledger file like a backup, and
 * {@code ledger-<release>.status.csv}, what that release's {@code status --park ZZSZ --as-of 2025-12-31 --format csv}
 * printed for it.
 */
public final class ReleaseFixtures {

    private ReleaseFixtures() {
    }

    /** The zip of the release's ledger. */
    public static Path zip(String release) {
        return resource("ledger-" + release + ".zip");
    }

    /** Unpacks the release's ledger as {@code folder/ledger.mv.db}; returns its path without H2's ending. */
    public static Path unpack(String release, Path folder) {
        Path ledger = folder.resolve("ledger");
        try {
            Files.createDirectories(folder);
            LedgerArchive.unpack(zip(release), ledger);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ledger;
    }

    /** The status of the release's demo park as the release printed it. */
    public static String status(String release) {
        try {
            return Files.readString(resource("ledger-" + release + ".status.csv"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path resource(String name) {
        try {
            return Path.of(ReleaseFixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("No fixture " + name, e);
        }
    }
}
