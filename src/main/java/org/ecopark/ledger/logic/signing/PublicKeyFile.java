package org.ecopark.ledger.logic.signing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.DurableFiles;

/**
 * The public half of a ledger's key as a file a park gives its bureau (and a bureau its parks): whose it is, the
 * key, and its fingerprint, which must match the key. Plain JSON, readable without this program.
 *
 * @param publicKey the key's X.509 encoding in Base64
 */
public record PublicKeyFile(String format, int version, String algorithm, String parkCode, String parkName,
                            String publicKey, String fingerprint) {

    static final String FORMAT = "ecopark-ledger-public-key";
    static final int VERSION = 1;
    /** Larger than any key file: a bigger file is not one. */
    private static final long MAX_BYTES = 64 * 1024;
    static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** The key file of the ledger's key, named after the park it serves. */
    public static PublicKeyFile of(LedgerKey key, String parkCode, String parkName) {
        return new PublicKeyFile(FORMAT, VERSION, Ed25519.ALGORITHM, parkCode, parkName,
                Base64.getEncoder().encodeToString(key.publicKey().getEncoded()), key.fingerprint().text());
    }

    /** The key, after checking that it is an Ed25519 key with the fingerprint the file states. */
    public PublicKey key() {
        PublicKey key;
        try {
            key = Ed25519.publicKey(Base64.getDecoder().decode(publicKey == null ? "" : publicKey));
        } catch (IllegalArgumentException e) {
            throw new KeyFileException(I18n.tr("signing.keyFile.badKey", String.valueOf(parkCode)), e);
        }
        if (fingerprint == null || !Fingerprint.of(key).equals(safeFingerprint(fingerprint))) {
            throw new KeyFileException(I18n.tr("signing.keyFile.fingerprint", String.valueOf(parkCode)));
        }
        return key;
    }

    public Fingerprint checkedFingerprint() {
        return Fingerprint.of(key());
    }

    private static Fingerprint safeFingerprint(String text) {
        try {
            return Fingerprint.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Writes the file, on disk whole before this returns. */
    public void write(Path file) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(this);
        DurableFiles.write(file, out -> out.write(bytes));
    }

    /** @throws KeyFileException when the file is not a usable key file, with a message that names it */
    public static PublicKeyFile read(Path file) {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                throw new KeyFileException(I18n.tr("signing.keyFile.notOne", name));
            }
            PublicKeyFile read = JSON.readValue(file.toFile(), PublicKeyFile.class);
            if (read == null || !FORMAT.equals(read.format()) || !Ed25519.ALGORITHM.equals(read.algorithm())) {
                throw new KeyFileException(I18n.tr("signing.keyFile.notOne", name));
            }
            if (read.version() > VERSION) {
                throw new KeyFileException(I18n.tr("signing.keyFile.newer", name, read.version(), VERSION));
            }
            read.key();
            return read;
        } catch (IOException e) {
            throw new KeyFileException(I18n.tr("signing.keyFile.notOne", name), e);
        }
    }
}
