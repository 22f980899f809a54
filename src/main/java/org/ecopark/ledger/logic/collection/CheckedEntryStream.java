package org.ecopark.ledger.logic.collection;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.ZipPackagePart;

/**
 * A part of a workbook's zip, read with two checks the zip reader leaves out: no more than a set number
 * of bytes (so that the memory a part can take is bounded, whatever its compression ratio), and, at its
 * end, the checksum the zip directory gives for it. A damaged byte inside a part otherwise often still
 * inflates to readable XML, with another number in a cell.
 */
final class CheckedEntryStream extends FilterInputStream {

    private final CRC32 crc = new CRC32();
    private final long expectedCrc;
    private final long maxBytes;
    private long read;

    private CheckedEntryStream(InputStream in, long expectedCrc, long maxBytes) {
        super(in);
        this.expectedCrc = expectedCrc;
        this.maxBytes = maxBytes;
    }

    /** A part larger than its limit: treated like a zip bomb, whatever its compression ratio. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long maxBytes) {
            super("A part of the workbook exceeds " + maxBytes + " bytes");
        }
    }

    static CheckedEntryStream open(PackagePart part, long maxBytes) throws IOException {
        long expected = -1;
        if (part instanceof ZipPackagePart zipPart) {
            ZipArchiveEntry entry = zipPart.getZipArchive();
            expected = entry == null ? -1 : entry.getCrc();
        }
        return new CheckedEntryStream(part.getInputStream(), expected, maxBytes);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            if (expectedCrc != -1 && crc.getValue() != expectedCrc) {
                throw new IOException("CRC mismatch: the part is damaged");
            }
            return n;
        }
        read += n;
        if (read > maxBytes) {
            throw new TooLarge(maxBytes);
        }
        crc.update(buffer, offset, n);
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping would leave bytes out of the checksum
        return transferTo(OutputStream.nullOutputStream(), n);
    }

    private long transferTo(OutputStream out, long n) throws IOException {
        byte[] buffer = new byte[8192];
        long done = 0;
        while (done < n) {
            int got = read(buffer, 0, (int) Math.min(buffer.length, n - done));
            if (got < 0) {
                break;
            }
            done += got;
        }
        return done;
    }

    /** This stream for a reader that closes what it reads (the XML parser does), so that {@link #finish} can follow. */
    InputStream forParser() {
        return new FilterInputStream(this) {
            @Override
            public void close() {
                // closed by the owner, after finish()
            }
        };
    }

    /** Reads to the end, so that the checksum is compared even where the XML parser stopped early. */
    void finish() throws IOException {
        transferTo(OutputStream.nullOutputStream(), Long.MAX_VALUE);
    }

    @Override
    public boolean markSupported() {
        return false;
    }
}
