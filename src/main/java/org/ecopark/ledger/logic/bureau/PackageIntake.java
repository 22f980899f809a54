package org.ecopark.ledger.logic.bureau;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.logic.submission.Manifest;
import org.ecopark.ledger.logic.submission.PackageVerifier;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ParkKey;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives a park's package into a bureau ledger: the exact bytes read are checked (zip names, hashes, signature,
 * format) and then the sender (a park of the bureau, its registered key) and the period (a real one, inside the
 * park's plan). A package that passes is kept byte for byte with its targets' figures and row counts: accepted when
 * its key is registered for its park, held as 发送方未确认 when its key is not registered yet. Anything else is refused
 * with one sentence, and nothing of it is written.
 */
public final class PackageIntake {

    private static final Logger LOGGER = LoggerFactory.getLogger(PackageIntake.class);
    /** The largest package kept (the column's limit); a 2,000-enterprise park's year is far smaller. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    static final String AUDIT_TABLE = "submission";
    /** The lengths of the columns a manifest's codes and template version are kept in. */
    private static final int MAX_CODE = 64;
    private static final int MAX_VERSION = 16;

    private final UnitOfWork unitOfWork;
    private final String user;
    private final Clock clock;

    public PackageIntake(UnitOfWork unitOfWork, String user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.user = user;
        this.clock = clock;
    }

    /** What became of one file. */
    public enum Kind {
        ACCEPTED,
        UNCONFIRMED,
        REFUSED
    }

    /**
     * @param message  one sentence: what was received, or why it was refused
     * @param received the package as kept; null when refused
     */
    public record Outcome(Path file, Kind kind, String message, ReceivedPackage received) {
    }

    /**
     * Receives a package file, or each {@code .zip} of a folder in name order.
     *
     * @throws BureauException when the ledger is no bureau's, or the folder cannot be read
     */
    public List<Outcome> receiveAll(Path fileOrFolder) {
        BureauService.requireBureau(unitOfWork.read());
        if (!Files.isDirectory(fileOrFolder)) {
            return List.of(receive(fileOrFolder));
        }
        List<Path> files;
        try (Stream<Path> listed = Files.list(fileOrFolder)) {
            files = listed.filter(path -> path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new BureauException(I18n.tr("bureau.receive.folder", fileOrFolder), e);
        }
        List<Outcome> outcomes = new ArrayList<>();
        files.forEach(file -> outcomes.add(receive(file)));
        return outcomes;
    }

    /** Receives one package file. */
    public Outcome receive(Path file) {
        BureauService.requireBureau(unitOfWork.read());
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            if (Files.isRegularFile(file) && Files.size(file) > MAX_BYTES) {
                return tooLarge(file, name);
            }
            if (!Files.isRegularFile(file)) {
                return refused(file, PackageVerifier.verify(file).problems().get(0));
            }
            Path folder = Files.createTempDirectory("ecopark-receive");
            Path copy = folder.resolve(name);
            try {
                // what is checked is exactly what is kept, whatever happens to the file meanwhile
                String sha256 = copyWithSha256(file, copy);
                if (Files.size(copy) > MAX_BYTES) { // grown since it was looked at
                    return tooLarge(file, name);
                }
                return receive(file, copy, sha256);
            } finally {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(folder);
            }
        } catch (IOException e) {
            LOGGER.warn("Receiving {} failed", file, e);
            return refused(file, I18n.tr("bureau.receive.unreadable", name, Excerpt.of(String.valueOf(e.getMessage()))));
        }
    }

    private static Outcome tooLarge(Path file, String name) {
        return refused(file, I18n.tr("bureau.receive.tooLarge", name, MAX_BYTES / (1024 * 1024)));
    }

    private Outcome receive(Path file, Path copy, String sha256) throws IOException {
        Optional<ReceivedPackage> same = unitOfWork.read().receivedPackages().findBySha256(sha256);
        if (same.isPresent()) {
            return refused(file, duplicate(same.get()));
        }
        Optional<String> escaping = escapingName(copy);
        if (escaping.isPresent()) {
            return refused(file, I18n.tr("bureau.receive.zipSlip", Excerpt.of(escaping.get())));
        }
        PackageVerifier.Result result = PackageVerifier.verify(copy);
        if (!result.ok()) {
            return refused(file, result.problems().get(0));
        }
        if (result.outcome() == PackageVerifier.Outcome.UNSIGNED) {
            return refused(file, I18n.tr("bureau.receive.unsigned"));
        }
        Manifest manifest = result.manifest();
        if (!complete(manifest)) {
            return refused(file, I18n.tr("bureau.receive.incomplete"));
        }
        Sender sender = Sender.check(unitOfWork.read(), manifest, result.signature().fingerprint());
        if (sender.refusal() != null) {
            return refused(file, sender.refusal());
        }
        PackageContents.Contents contents;
        try {
            contents = PackageContents.read(copy);
        } catch (IOException | RuntimeException e) {
            LOGGER.warn("The verified package {} cannot be read", file, e);
            return refused(file, I18n.tr("bureau.receive.contents", Excerpt.of(file.getFileName().toString())));
        }
        return store(file, copy, sha256, manifest, sender, contents);
    }

    private Outcome store(Path file, Path copy, String sha256, Manifest manifest, Sender sender,
                          PackageContents.Contents contents) {
        IntakeState state = sender.key() == null ? IntakeState.UNCONFIRMED : IntakeState.ACCEPTED;
        ReceivedPackage fresh = new ReceivedPackage(0, sender.park().id(), sender.park().code(),
                sender.period().code(), sender.period().start(), sender.period().end(), manifest.created(),
                clock.instant(), user, file.getFileName().toString(), sha256, manifest.templateVersion(), state, false,
                null, sender.fingerprint(), contents.signerKey(), null);
        return unitOfWork.inTransaction(repositories -> {
            var packages = repositories.receivedPackages();
            Optional<ReceivedPackage> raced = packages.findBySha256(sha256);
            if (raced.isPresent()) {
                return refused(file, duplicate(raced.get()));
            }
            long id = packages.insert(fresh, copy, contents.targets(), manifest.rowCounts().tables());
            ReceivedPackage stored = packages.find(id).orElseThrow();
            Optional<ReceivedPackage> replaced = Optional.empty();
            if (state == IntakeState.ACCEPTED) {
                if (sender.key().publicKey() == null) {
                    repositories.parkKeys().fillKey(sender.key().id(), contents.signerKey());
                }
                replaced = Supersession.accept(packages, stored);
                stored = packages.find(id).orElseThrow();
            }
            repositories.audit().write(user, AUDIT_TABLE, String.valueOf(id), AuditAction.INSERT, null, stored);
            return new Outcome(file, state == IntakeState.ACCEPTED ? Kind.ACCEPTED : Kind.UNCONFIRMED,
                    describe(stored, sender.park(), contents.targets().size(), replaced), stored);
        });
    }

    /** What the ledger keeps of the manifest is there and fits: a park's ledger always writes it so. */
    private static boolean complete(Manifest manifest) {
        return manifest.created() != null && manifest.rowCounts() != null
                && manifest.rowCounts().tables().values().stream().allMatch(count -> count != null && count >= 0)
                && manifest.rowCounts().tables().keySet().stream().allMatch(table -> table.length() <= MAX_CODE)
                && (manifest.templateVersion() == null || manifest.templateVersion().length() <= MAX_VERSION);
    }

    private static String describe(ReceivedPackage stored, Park park, int targets, Optional<ReceivedPackage> replaced) {
        if (stored.state() == IntakeState.UNCONFIRMED) {
            return I18n.tr("bureau.receive.unconfirmed", park.name(), park.code(), stored.periodCode(),
                    stored.signerFingerprint());
        }
        String accepted = I18n.tr("bureau.receive.accepted", park.name(), park.code(), stored.periodCode(), targets);
        if (replaced.isPresent()) {
            return accepted + I18n.tr("bureau.receive.replaces", date(replaced.get()));
        }
        return stored.superseded() ? accepted + I18n.tr("bureau.receive.older") : accepted;
    }

    private String duplicate(ReceivedPackage earlier) {
        return I18n.tr("bureau.receive.duplicate", date(earlier), earlier.parkCode(), earlier.periodCode(),
                earlier.fileName());
    }

    private static LocalDate date(ReceivedPackage received) {
        return LocalDate.ofInstant(received.receivedAt(), java.time.ZoneId.systemDefault());
    }

    private static Outcome refused(Path file, String reason) {
        return new Outcome(file, Kind.REFUSED, reason, null);
    }

    /** An entry name that would land outside a folder the package is unpacked into; empty when none does. */
    private static Optional<String> escapingName(Path zipFile) throws IOException {
        try (ZipFile zip = new ZipFile(zipFile.toFile(), java.nio.charset.StandardCharsets.UTF_8)) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                String slashed = entry.replace('\\', '/');
                if (slashed.startsWith("/") || slashed.contains(":") || ("/" + slashed + "/").contains("/../")) {
                    return Optional.of(entry);
                }
            }
            return Optional.empty();
        } catch (ZipException | IllegalArgumentException e) {
            return Optional.empty(); // no zip, or a damaged one: the verifier says so
        }
    }

    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** Copies {@code file} to {@code copy} a block at a time; returns the SHA-256 of the bytes copied. */
    private static String copyWithSha256(Path file, Path copy) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            Files.copy(in, copy);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
