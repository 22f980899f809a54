package org.ecopark.ledger.logic.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes characters to a stream as UTF-8 through a buffer of its own: the bytes an {@code OutputStreamWriter} for
 * UTF-8 behind a {@code BufferedWriter} writes (a surrogate without its pair becomes {@code ?}, as there), without
 * their locks and their encoder's calls per write. A sheet's rows reach their temporary file as many short writes,
 * a few characters each. Not for use by two threads at once.
 */
final class Utf8Writer extends Writer {

    private static final int BUFFER = 64 * 1024;
    private static final byte REPLACEMENT = '?';

    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int count;
    /** A high surrogate waiting for its low one, or 0. */
    private char pendingHigh;
    private boolean closed;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        ensureOpen();
        put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, chars.length);
        ensureOpen();
        for (int i = offset; i < offset + length; i++) {
            put(chars[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        java.util.Objects.checkFromIndexSize(offset, length, text.length());
        ensureOpen();
        for (int i = offset; i < offset + length; i++) {
            char c = text.charAt(i);
            if (c < 0x80 && pendingHigh == 0 && count < BUFFER) {
                buffer[count++] = (byte) c; // the common case: one ASCII character, room in the buffer
            } else {
                put(c);
            }
        }
    }

    @Override
    public void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    private void put(char c) throws IOException {
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(c)) {
                codePoint(Character.toCodePoint(high, c));
                return;
            }
            room(1);
            buffer[count++] = REPLACEMENT;
        }
        if (c < 0x80) {
            room(1);
            buffer[count++] = (byte) c;
        } else if (c < 0x800) {
            room(2);
            buffer[count++] = (byte) (0xC0 | c >> 6);
            buffer[count++] = (byte) (0x80 | c & 0x3F);
        } else if (Character.isHighSurrogate(c)) {
            pendingHigh = c;
        } else if (Character.isLowSurrogate(c)) {
            room(1);
            buffer[count++] = REPLACEMENT;
        } else {
            room(3);
            buffer[count++] = (byte) (0xE0 | c >> 12);
            buffer[count++] = (byte) (0x80 | c >> 6 & 0x3F);
            buffer[count++] = (byte) (0x80 | c & 0x3F);
        }
    }

    private void codePoint(int cp) throws IOException {
        room(4);
        buffer[count++] = (byte) (0xF0 | cp >> 18);
        buffer[count++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buffer[count++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buffer[count++] = (byte) (0x80 | cp & 0x3F);
    }

    private void room(int bytes) throws IOException {
        if (count + bytes > BUFFER) {
            drain();
        }
    }

    private void drain() throws IOException {
        if (count > 0) {
            out.write(buffer, 0, count);
            count = 0;
        }
    }

    /** Writes out what is buffered; a high surrogate still waits for its pair, as in an OutputStreamWriter. */
    @Override
    public void flush() throws IOException {
        ensureOpen();
        drain();
        out.flush();
    }

    private void ensureOpen() throws IOException {
        if (closed) {
            throw new IOException("Stream closed");
        }
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        try {
            if (pendingHigh != 0) {
                pendingHigh = 0;
                room(1);
                buffer[count++] = REPLACEMENT;
            }
            drain();
        } finally {
            closed = true;
            out.close();
        }
    }
}
