package org.ecopark.ledger.logic.submission;

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
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.logic.JsonProblem;
import org.ecopark.ledger.logic.ZipEntries;
import org.ecopark.ledger.logic.signing.DetachedSignature;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a package against its manifest without trusting anything in it: the zip opens, the manifest is
 * there and readable, every file it lists is present with the same size and SHA-256, nothing is there that
 * it does not list, and data.json holds the row counts the manifest gives. Entries are read at most one
 * byte past their declared size, and the declared sizes are bounded one by one and together, so a zip bomb
 * costs nothing. Problems come back as sentences in the user's language, one per problem, at most
 * {@value #SHOWN_PROBLEMS} of them, each quoting at most a few dozen characters of a name from the package.
 */
public final class PackageVerifier {

    private static final Logger LOGGER = LoggerFactory.getLogger(PackageVerifier.class);

    /** Far larger than the files of a real package (data.json of a 2,000-enterprise park's year: about 40 MB). */
    static final long MAX_FILE_BYTES = 1024L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    static final int MAX_MANIFEST_BYTES = 10 * 1024 * 1024;
    static final int SHOWN_PROBLEMS = 20;
    /** How much of an error's message is quoted. */
    private static final int PARSER_MESSAGE = 200;

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
        Result result = check(file, trusted);
        if (!result.ok()) {
            LOGGER.info("Refused package {}: {}", file.getFileName(), String.join(" / ", result.problems().subList(0,
                    Math.min(3, result.problems().size()))));
        }
        if (result.problems().size() <= SHOWN_PROBLEMS) {
            return result;
        }
        List<String> shown = new ArrayList<>(result.problems().subList(0, SHOWN_PROBLEMS));
        shown.add(I18n.tr("submission.verify.more", result.problems().size() - SHOWN_PROBLEMS));
        return new Result(file, result.manifest(), shown, result.signature());
    }

    private static Result check(Path file, TrustedKeys trusted) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        if (!Files.exists(file)) {
            return new Result(file, null, List.of(I18n.tr("submission.verify.noFile", file)));
        }
        if (!Files.isRegularFile(file)) {
            return new Result(file, null, List.of(I18n.tr("submission.verify.notRegular", name)));
        }
        List<String> problems = new ArrayList<>();
        try (ZipFile zip = new ZipFile(file.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            Map<String, ZipEntry> entries = entries(zip, problems);
            ZipEntry manifestEntry = entries.get(Manifest.FILE_NAME);
            if (manifestEntry == null) {
                problems.add(I18n.tr("submission.verify.noManifest", name));
                return new Result(file, null, problems);
            }
            byte[] manifestBytes = ZipEntries.readAtMost(zip, manifestEntry, MAX_MANIFEST_BYTES); // the declared size may lie
            if (manifestBytes == null) {
                problems.add(I18n.tr("submission.verify.badManifest", I18n.tr("submission.verify.tooLarge")));
                return new Result(file, null, problems);
            }
            Manifest manifest = readManifest(manifestEntry, manifestBytes, problems);
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
            long total = manifest.files().stream().mapToLong(f -> Math.max(0, f.size())).reduce(0, PackageVerifier::addCapped);
            if (total > MAX_TOTAL_BYTES) {
                problems.add(I18n.tr("submission.verify.tooMuch", MAX_TOTAL_BYTES / (1024 * 1024)));
                return new Result(file, manifest, problems);
            }
            for (Manifest.FileEntry listedFile : manifest.files()) {
                checkFile(zip, entries, listedFile, listed, problems);
            }
            for (String entry : entries.keySet()) {
                boolean signatureFile = signedFormat && entry.equals(DetachedSignature.FILE_NAME);
                if (!entry.equals(Manifest.FILE_NAME) && !signatureFile && !listed.contains(entry)) {
                    problems.add(I18n.tr("submission.verify.unlisted", Excerpt.of(entry)));
                }
            }
            if (problems.isEmpty()) {
                checkRowCounts(zip, entries.get(PackageExporter.DATA), manifest, problems);
            }
            return new Result(file, manifest, problems, signature);
        } catch (ZipException e) {
            return new Result(file, null, List.of(I18n.tr("submission.verify.notZip", name)));
        } catch (IOException e) {
            return new Result(file, null, List.of(I18n.tr("submission.verify.unreadable", name,
                    Excerpt.of(String.valueOf(e.getMessage()), PARSER_MESSAGE))));
        } catch (RuntimeException e) {
            LOGGER.error("Verifying {} failed", file, e);
            return new Result(file, null, List.of(I18n.tr("submission.verify.failed", name)));
        }
    }

    private static long addCapped(long a, long b) {
        return a > Long.MAX_VALUE - b ? Long.MAX_VALUE : a + b;
    }

    private static Map<String, ZipEntry> entries(ZipFile zip, List<String> problems) {
        Map<String, ZipEntry> entries = new LinkedHashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entries.putIfAbsent(entry.getName(), entry) != null) {
                problems.add(I18n.tr("submission.verify.duplicate", Excerpt.of(entry.getName())));
            }
        }
        return entries;
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
        byte[] bytes = ZipEntries.readAtMost(zip, entry, (int) DetachedSignature.MAX_BYTES);
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

    private static Manifest readManifest(ZipEntry entry, byte[] bytes, List<String> problems) throws IOException {
        Manifest manifest;
        // no hash covers the manifest itself: its zip checksum tells a damaged one from an intact one
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        if (entry.getCrc() != -1 && entry.getCrc() != crc.getValue()) {
            problems.add(I18n.tr("submission.verify.damaged", Manifest.FILE_NAME));
            return null;
        }
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            manifest = Manifest.read(in);
        } catch (com.fasterxml.jackson.core.JacksonException | NumberFormatException e) {
            problems.add(I18n.tr("submission.verify.badManifest", JsonProblem.of(e)));
            return null;
        }
        if (manifest == null || manifest.formatVersion() == null) {
            problems.add(I18n.tr("submission.verify.badManifest", I18n.tr("submission.verify.noVersion")));
            return null;
        }
        if (!Manifest.FORMAT_VERSION.equals(manifest.formatVersion())
                && !Manifest.UNSIGNED_FORMAT_VERSION.equals(manifest.formatVersion())) {
            problems.add(I18n.tr("submission.verify.version", Excerpt.of(manifest.formatVersion()), Manifest.FORMAT_VERSION));
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
            problems.add(I18n.tr("submission.verify.badName", Excerpt.of(String.valueOf(fileName))));
            return;
        }
        String shown = Excerpt.of(fileName);
        if (!listed.add(fileName)) {
            problems.add(I18n.tr("submission.verify.listedTwice", shown));
            return;
        }
        ZipEntry entry = entries.get(fileName);
        if (entry == null) {
            problems.add(I18n.tr("submission.verify.missing", shown));
            return;
        }
        if (listedFile.size() < 0 || listedFile.size() > MAX_FILE_BYTES) {
            problems.add(I18n.tr("submission.verify.size", shown, listedFile.size(), entry.getSize()));
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
            problems.add(I18n.tr("submission.verify.damaged", shown));
            return;
        }
        if (size != listedFile.size()) {
            problems.add(I18n.tr("submission.verify.size", shown, listedFile.size(), size));
            return;
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (!sha256.equalsIgnoreCase(String.valueOf(listedFile.sha256()))) {
            problems.add(I18n.tr("submission.verify.hash", shown));
        }
    }

    /** data.json's tables hold as many rows as the manifest says: a manifest edited by hand shows here. */
    private static void checkRowCounts(ZipFile zip, ZipEntry data, Manifest manifest, List<String> problems)
            throws IOException {
        if (data == null || manifest.rowCounts() == null) {
            return;
        }
        Map<String, Integer> found = new HashMap<>();
        try (InputStream in = zip.getInputStream(data)) {
            boolean object = DataJsonTables.forEach(in, (table, json) -> {
                if (json.currentToken() != JsonToken.START_ARRAY) {
                    json.skipChildren(); // no rows: the comparison below names the table
                    return;
                }
                int rows = 0;
                for (JsonToken token = json.nextToken(); token != null && token != JsonToken.END_ARRAY;
                     token = json.nextToken()) {
                    json.skipChildren();
                    rows++;
                }
                found.put(table, rows);
            });
            if (!object) {
                return;
            }
        } catch (com.fasterxml.jackson.core.JacksonException | NumberFormatException e) {
            problems.add(I18n.tr("submission.verify.badData", JsonProblem.of(e)));
            return;
        }
        manifest.rowCounts().tables().forEach((table, rows) -> {
            Integer actual = found.get(table);
            if (actual == null || !actual.equals(rows)) {
                problems.add(I18n.tr("submission.verify.rowCount", Excerpt.of(table), rows, actual == null ? 0 : actual));
            }
        });
    }
}
