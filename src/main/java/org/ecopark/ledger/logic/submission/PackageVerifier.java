package org.ecopark.ledger.logic.submission;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.TrustedKeys;

/**
 * Checks a package against its manifest without trusting anything in it: the zip opens, the manifest is
 * there and readable, every file it lists is present with the same size and SHA-256, nothing is there that
 * it does not list, and data.json holds the row counts the manifest gives. Entries are read at most one
 * byte past their declared size, so a zip bomb costs nothing. Problems come back as sentences in the
 * user's language, one per problem.
 */
public final class PackageVerifier {

    /** Larger than any manifest: a bigger one is not read. */
    private static final int MAX_MANIFEST = 10 * 1024 * 1024;

    private PackageVerifier() {
    }

    /** What a receiver may conclude from a package. */
    public enum Outcome {
        /** Intact, and signed by a registered key. */
        TRUSTED,
        /** Intact and signed, but by a key no one registered: the sender is unconfirmed. */
        UNKNOWN_SIGNER,
        /** Intact as its manifest lists it, in the unsigned format of the first release: nothing proves who sent it. */
        UNSIGNED,
        /** Refused: changed, damaged, unsigned where a signature belongs, or no package at all. */
        REFUSED
    }

    /**
     * The outcome: no problems means the package is intact; the manifest is null when it could not be read, the
     * signature check null for a package of the unsigned format (or one refused before its signature was read).
     */
    public record Result(Path file, Manifest manifest, List<String> problems, DetachedSignature.Check signature) {

        public Result {
            problems = List.copyOf(problems);
        }

        Result(Path file, Manifest manifest, List<String> problems) {
            this(file, manifest, problems, null);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        public Outcome outcome() {
            if (!ok()) {
                return Outcome.REFUSED;
            }
            if (signature == null) {
                return Outcome.UNSIGNED;
            }
            return signature.verdict() == DetachedSignature.Verdict.TRUSTED ? Outcome.TRUSTED : Outcome.UNKNOWN_SIGNER;
        }
    }

    /** The package checked with no key registered: a signed package then has an unknown sender at best. */
    public static Result verify(Path file) {
        return verify(file, TrustedKeys.none());
    }

    /** The package checked, its signature against the keys {@code trusted} registers. */
    public static Result verify(Path file, TrustedKeys trusted) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            return new Result(file, null, List.of(I18n.tr("submission.verify.noFile", file)));
        }
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            Map<String, ZipEntry> entries = entries(zip, problems);
            ZipEntry manifestEntry = entries.get(Manifest.FILE_NAME);
            if (manifestEntry == null) {
                problems.add(I18n.tr("submission.verify.noManifest", name));
                return new Result(file, null, problems);
            }
            byte[] manifestBytes = readBounded(zip, manifestEntry, MAX_MANIFEST);
            if (manifestBytes == null) {
                problems.add(I18n.tr("submission.verify.badManifest", I18n.tr("submission.verify.tooLarge")));
                return new Result(file, null, problems);
            }
            Manifest manifest = readManifest(manifestBytes, problems);
            if (manifest == null) {
                return new Result(file, null, problems);
            }
            boolean signedFormat = Manifest.FORMAT_VERSION.equals(manifest.formatVersion());
            DetachedSignature.Check signature = signedFormat
                    ? checkSignature(zip, entries.get(DetachedSignature.FILE_NAME), manifestBytes, manifest, trusted, problems)
                    : null;
            if (signedFormat && signature == null) {
                return new Result(file, manifest, problems);
            }
            Set<String> listed = new LinkedHashSet<>();
            for (Manifest.FileEntry listedFile : manifest.files()) {
                checkFile(zip, entries, listedFile, listed, problems);
            }
            for (String entry : entries.keySet()) {
                boolean signatureFile = signedFormat && entry.equals(DetachedSignature.FILE_NAME);
                if (!entry.equals(Manifest.FILE_NAME) && !signatureFile && !listed.contains(entry)) {
                    problems.add(I18n.tr("submission.verify.unlisted", entry));
                }
            }
            if (problems.isEmpty()) {
                checkRowCounts(zip, entries.get(PackageExporter.DATA), manifest, problems);
            }
            return new Result(file, manifest, problems, signature);
        } catch (ZipException e) {
            return new Result(file, null, List.of(I18n.tr("submission.verify.notZip", name)));
        } catch (IOException e) {
            return new Result(file, null, List.of(I18n.tr("submission.verify.unreadable", name, String.valueOf(e.getMessage()))));
        }
    }

    private static Map<String, ZipEntry> entries(ZipFile zip, List<String> problems) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entries.putIfAbsent(entry.getName(), entry) != null) {
                problems.add(I18n.tr("submission.verify.duplicate", entry.getName()));
            }
        }
        return entries;
    }

    /** The entry's bytes, or null when it holds more than {@code max}: read no further than that. */
    private static byte[] readBounded(ZipFile zip, ZipEntry entry, int max) throws IOException {
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] bytes = in.readNBytes(max + 1);
            return bytes.length > max ? null : bytes;
        }
    }

    /**
     * The signature of a signed-format package: present, about the manifest's exact bytes, and by the key the
     * manifest names. Null, with the problem noted, when it is missing or does not fit.
     */
    private static DetachedSignature.Check checkSignature(ZipFile zip, ZipEntry entry, byte[] manifestBytes,
                                                          Manifest manifest, TrustedKeys trusted, List<String> problems)
            throws IOException {
        if (entry == null) {
            problems.add(I18n.tr("submission.verify.signatureMissing"));
            return null;
        }
        byte[] bytes = readBounded(zip, entry, (int) DetachedSignature.MAX_BYTES);
        DetachedSignature.Check check = bytes == null ? null
                : DetachedSignature.fromJson(bytes).map(signature -> signature.check(manifestBytes, trusted)).orElse(null);
        boolean named = check != null && check.fingerprint() != null && manifest.signer() != null
                && check.fingerprint().text().equals(manifest.signer().fingerprint());
        if (check == null || check.verdict() == DetachedSignature.Verdict.INVALID || !named) {
            problems.add(I18n.tr("submission.verify.signatureInvalid"));
            return null;
        }
        return check;
    }

    private static Manifest readManifest(byte[] bytes, List<String> problems) throws IOException {
        Manifest manifest;
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            manifest = Manifest.read(in);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            problems.add(I18n.tr("submission.verify.badManifest", e.getOriginalMessage()));
            return null;
        }
        if (manifest == null || manifest.formatVersion() == null) {
            problems.add(I18n.tr("submission.verify.badManifest", I18n.tr("submission.verify.noVersion")));
            return null;
        }
        if (!Manifest.FORMAT_VERSION.equals(manifest.formatVersion())
                && !Manifest.UNSIGNED_FORMAT_VERSION.equals(manifest.formatVersion())) {
            problems.add(I18n.tr("submission.verify.version", manifest.formatVersion(), Manifest.FORMAT_VERSION));
            return null;
        }
        if (manifest.files().isEmpty()) {
            problems.add(I18n.tr("submission.verify.badManifest", I18n.tr("submission.verify.noFiles")));
        }
        return manifest;
    }

    private static void checkFile(ZipFile zip, Map<String, ZipEntry> entries, Manifest.FileEntry listedFile,
                                  Set<String> listed, List<String> problems) throws IOException {
        String fileName = listedFile.name();
        if (fileName == null || fileName.isBlank() || fileName.startsWith("/") || fileName.contains("..")
                || fileName.contains("\\") || fileName.equals(Manifest.FILE_NAME)) {
            problems.add(I18n.tr("submission.verify.badName", String.valueOf(fileName)));
            return;
        }
        if (!listed.add(fileName)) {
            problems.add(I18n.tr("submission.verify.listedTwice", fileName));
            return;
        }
        ZipEntry entry = entries.get(fileName);
        if (entry == null) {
            problems.add(I18n.tr("submission.verify.missing", fileName));
            return;
        }
        MessageDigest digest = PackageExporter.sha256();
        long size = 0;
        long limit = listedFile.size() + 1; // reading one byte more than declared proves the size wrong
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0 && size < limit; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
                size += read;
            }
        } catch (ZipException e) {
            problems.add(I18n.tr("submission.verify.damaged", fileName));
            return;
        }
        if (size != listedFile.size()) {
            problems.add(I18n.tr("submission.verify.size", fileName, listedFile.size(), size));
            return;
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (!sha256.equalsIgnoreCase(String.valueOf(listedFile.sha256()))) {
            problems.add(I18n.tr("submission.verify.hash", fileName));
        }
    }

    /** data.json's tables hold as many rows as the manifest says: a manifest edited by hand shows here. */
    private static void checkRowCounts(ZipFile zip, ZipEntry data, Manifest manifest, List<String> problems)
            throws IOException {
        if (data == null || manifest.rowCounts() == null) {
            return;
        }
        Map<String, Integer> found = new HashMap<>();
        try (InputStream in = zip.getInputStream(data);
             JsonParser json = PackageJson.MAPPER.getFactory().createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                json.nextToken();
                if ("tables".equals(field) && json.currentToken() == JsonToken.START_OBJECT) {
                    while (json.nextToken() == JsonToken.FIELD_NAME) {
                        String table = json.currentName();
                        json.nextToken();
                        int rows = 0;
                        while (json.nextToken() != JsonToken.END_ARRAY) {
                            json.skipChildren();
                            rows++;
                        }
                        found.put(table, rows);
                    }
                } else {
                    json.skipChildren();
                }
            }
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            problems.add(I18n.tr("submission.verify.badData", e.getOriginalMessage()));
            return;
        }
        manifest.rowCounts().tables().forEach((table, rows) -> {
            Integer actual = found.get(table);
            if (actual == null || !actual.equals(rows)) {
                problems.add(I18n.tr("submission.verify.rowCount", table, rows, actual == null ? 0 : actual));
            }
        });
    }
}
