package org.ecopark.ledger.logic;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reading the entries of a zip that came from elsewhere (a package, a plan file) without trusting their sizes. */
public final class ZipEntries {

    private ZipEntries() {
    }

    /**
     * The entry's bytes, or null when it holds more than {@code max}: read no further than that, whatever size the
     * entry declares, so a zip bomb costs nothing.
     */
    public static byte[] readAtMost(ZipFile zip, ZipEntry entry, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(max + 1);
            return bytes.length > max ? null : bytes;
        }
    }
}
