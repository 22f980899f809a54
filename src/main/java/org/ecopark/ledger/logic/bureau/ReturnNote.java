package org.ecopark.ledger.logic.bureau;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.ZipEntries;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.LedgerKey;
import org.ecopark.ledger.logic.signing.TrustedKeys;

/**
 * A return note (退回通知): the bureau tells a park that it sent one of its packages back, and why. A zip of
 * {@code return.json} and {@code signature.json}, the Ed25519 signature of the note's exact bytes by the bureau
 * ledger's key, as packages and plan files are signed. Nothing else may be in it.
 *
 * @param returnedAt ISO-8601 instant
 */
public record ReturnNote(int formatVersion, String bureau, String parkCode, String periodCode, String packageFile,
                         String packageSha256, String reason, String returnedAt, String returnedBy) {

    public static final int FORMAT_VERSION = 1;
    static final String NOTE = "return.json";
    private static final int MAX_NOTE = 64 * 1024;
    private static final long MAX_FILE = 256 * 1024;
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    /** A note file that is intact and signed: the note, who signed it, and the SHA-256 of the whole file. */
    public record Signed(String fileName, ReturnNote note, DetachedSignature.Check signature, String sha256) {

        public boolean signerConfirmed() {
            return signature.verdict() == DetachedSignature.Verdict.TRUSTED;
        }

        /** Who signed the note: the registered key's owner, or the fingerprint to check with the bureau. */
        public String signerText() {
            if (signerConfirmed()) {
                String owner = signature.registered().orElseThrow().parkName(); // a bureau's key file names no park
                return I18n.tr("bureau.note.signerRegistered", owner == null || owner.isBlank() ? note.bureau() : owner,
                        signature.fingerprint().text());
            }
            return I18n.tr("bureau.note.signerUnconfirmed", signature.fingerprint().text());
        }

        /** What the note says, in one sentence. */
        public String summaryText() {
            return I18n.tr("bureau.note.summary", note.bureau(), note.parkCode(), note.periodCode(), note.packageFile(),
                    note.reason());
        }
    }

    /** The note file's bytes: {@code return.json} and its signature by {@code key}. */
    byte[] toZip(LedgerKey key) {
        try {
            byte[] json = JSON.writeValueAsBytes(this);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
                zip.putNextEntry(new ZipEntry(NOTE));
                zip.write(json);
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry(DetachedSignature.FILE_NAME));
                zip.write(DetachedSignature.sign(key, json).toJson());
                zip.closeEntry();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("A note in memory always writes", e);
        }
    }

    /**
     * Reads and checks a note file; an intact note signed by a key {@code trusted} does not register is returned with
     * its signer unconfirmed.
     *
     * @throws BureauException with one sentence when it is no note, changed after signing, or unsigned
     */
    public static Signed read(Path file, TrustedKeys trusted) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new BureauException(I18n.tr("bureau.note.notAFile", file));
        }
        try {
            if (Files.size(file) > MAX_FILE) {
                throw new BureauException(I18n.tr("bureau.note.notANote", name));
            }
            byte[] whole = Files.readAllBytes(file);
            try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
                ZipEntry noteEntry = null;
                ZipEntry signatureEntry = null;
                Enumeration<? extends ZipEntry> entries = zip.entries();
                while (entries.hasMoreElements()) {
                    ZipEntry entry = entries.nextElement();
                    if (NOTE.equals(entry.getName()) && noteEntry == null) {
                        noteEntry = entry;
                    } else if (DetachedSignature.FILE_NAME.equals(entry.getName()) && signatureEntry == null) {
                        signatureEntry = entry;
                    } else {
                        throw new BureauException(I18n.tr("bureau.note.foreignEntry", name, entry.getName()));
                    }
                }
                if (noteEntry == null) {
                    throw new BureauException(I18n.tr("bureau.note.notANote", name));
                }
                if (signatureEntry == null) {
                    throw new BureauException(I18n.tr("bureau.note.unsigned", name));
                }
                byte[] json = ZipEntries.readAtMost(zip, noteEntry, MAX_NOTE);
                byte[] signature = ZipEntries.readAtMost(zip, signatureEntry, (int) DetachedSignature.MAX_BYTES);
                if (json == null || signature == null) {
                    throw new BureauException(I18n.tr("bureau.note.notANote", name));
                }
                DetachedSignature.Check check = DetachedSignature.fromJson(signature).map(s -> s.check(json, trusted))
                        .orElse(null);
                if (check == null || check.verdict() == DetachedSignature.Verdict.INVALID) {
                    throw new BureauException(I18n.tr("bureau.note.tampered", name));
                }
                return new Signed(name, parse(name, json), check, PackageIntake.sha256(whole));
            }
        } catch (ZipException e) {
            throw new BureauException(I18n.tr("bureau.note.notANote", name), e);
        } catch (IOException e) {
            throw new BureauException(I18n.tr("bureau.note.unreadable", name, String.valueOf(e.getMessage())), e);
        }
    }

    private static ReturnNote parse(String name, byte[] json) {
        ReturnNote note;
        try {
            note = JSON.readValue(json, ReturnNote.class);
        } catch (IOException e) {
            throw new BureauException(I18n.tr("bureau.note.notANote", name), e);
        }
        if (note.formatVersion() != FORMAT_VERSION) {
            throw new BureauException(I18n.tr("bureau.note.version", name, note.formatVersion(), FORMAT_VERSION));
        }
        if (blank(note.parkCode()) || blank(note.periodCode()) || blank(note.packageSha256()) || blank(note.reason())
                || blank(note.returnedAt())) {
            throw new BureauException(I18n.tr("bureau.note.notANote", name));
        }
        try {
            java.time.Instant.parse(note.returnedAt());
        } catch (java.time.format.DateTimeParseException e) {
            throw new BureauException(I18n.tr("bureau.note.notANote", name), e);
        }
        return note;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
