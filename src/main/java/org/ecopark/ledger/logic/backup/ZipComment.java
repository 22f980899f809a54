package org.ecopark.ledger.logic.backup;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * Reads and sets a zip file's archive comment. Setting one rewrites only the zip's last record (its "end of central
 * directory"), so a backup H2 has just written gets its label without being copied again.
 */
final class ZipComment {

    /** The end record's signature, "PK\5\6". */
    private static final int END_SIGNATURE = 0x06054b50;
    /** The end record without a comment; its last two bytes are the comment's length. */
    private static final int END_LENGTH = 22;

    private ZipComment() {
    }

    /**
     * Gives {@code zip}, which must end in an end record without a comment (as Java's and H2's zips do), the comment
     * {@code text} (ASCII).
     *
     * @throws IOException when the file does not end like that
     */
    static void set(Path zip, String text) throws IOException {
        byte[] comment = text.getBytes(StandardCharsets.US_ASCII);
        if (comment.length > 0xFFFF) {
            throw new IOException("A zip comment of " + comment.length + " bytes is too long");
        }
        try (FileChannel channel = FileChannel.open(zip, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long start = channel.size() - END_LENGTH;
            ByteBuffer end = ByteBuffer.allocate(END_LENGTH).order(ByteOrder.LITTLE_ENDIAN);
            if (start < 0 || channel.read(end, start) != END_LENGTH || end.getInt(0) != END_SIGNATURE
                    || end.getShort(END_LENGTH - 2) != 0) {
                throw new IOException(zip + " does not end in a zip end record without a comment");
            }
            ByteBuffer tail = ByteBuffer.allocate(2 + comment.length).order(ByteOrder.LITTLE_ENDIAN);
            tail.putShort((short) comment.length).put(comment).flip();
            channel.write(tail, start + END_LENGTH - 2);
        }
    }

    /** The comment of {@code zip}, empty when it has none or cannot be read as a zip. */
    static Optional<String> read(Path zip) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return Optional.ofNullable(file.getComment());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
