package org.ecopark.ledger.logic;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through, but a close only flushes: for writers that close the stream they are given (OpenPDF, a
 * zip stream) when what lies beneath must stay open (a package being assembled, a file still to be forced).
 */
public final class KeptOpen extends FilterOutputStream {

    public KeptOpen(OutputStream out) {
        super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
