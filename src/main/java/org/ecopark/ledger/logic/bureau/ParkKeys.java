package org.ecopark.ledger.logic.bureau;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Excerpt;
import org.ecopark.ledger.logic.signing.Fingerprint;
import org.ecopark.ledger.logic.signing.KeyFileException;
import org.ecopark.ledger.logic.signing.PublicKeyFile;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.IntakeState;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ParkKey;
import org.ecopark.ledger.model.ReceivedPackage;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The parks' keys a bureau registered: from a park's public key file, or by the fingerprint printed on a package's
 * sealed cover, whose key then comes with the first package signed by it. Registering a key accepts the packages of
 * its park that were held because their key was not registered yet.
 */
public final class ParkKeys {

    static final String AUDIT_TABLE = "park_key";

    private final UnitOfWork unitOfWork;
    private final String user;
    private final Clock clock;

    public ParkKeys(UnitOfWork unitOfWork, String user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.user = user;
        this.clock = clock;
    }

    /**
     * The key registered, the held packages it accepted, and those it signed that name another park: a key is one
     * park's, so they stay held, and the clerk is told.
     */
    public record Registered(ParkKey key, List<ReceivedPackage> accepted, List<ReceivedPackage> namingAnotherPark) {
    }

    /**
     * Registers {@code fileOrFingerprint}: the path of a public key file, or a fingerprint as printed (32 hex digits,
     * spaces and hyphens ignored), for the park {@code parkCode} (for a key file, the park it names when null).
     *
     * @throws BureauException with one sentence when the key or fingerprint is not one, the park is not the bureau's,
     *                         or the key is registered already
     */
    public Registered register(String fileOrFingerprint, String parkCode) {
        String given = fileOrFingerprint == null ? "" : fileOrFingerprint.strip();
        Path path = given.isEmpty() ? null : pathOrNull(given);
        Fingerprint fingerprint;
        String publicKey = null;
        String code = blankToNull(parkCode);
        if (path != null && Files.isRegularFile(path)) {
            PublicKeyFile file;
            try {
                file = PublicKeyFile.read(path);
            } catch (KeyFileException e) {
                throw new BureauException(e.getMessage(), e);
            }
            fingerprint = file.checkedFingerprint();
            publicKey = file.publicKey();
            String named = blankToNull(file.parkCode());
            if (code != null && named != null && !named.equals(code)) {
                throw new BureauException(I18n.tr("bureau.keys.fileForOther", Excerpt.of(named), code));
            }
            code = code != null ? code : named;
        } else {
            try {
                fingerprint = Fingerprint.parse(given);
            } catch (IllegalArgumentException e) {
                throw new BureauException(I18n.tr("bureau.keys.badFingerprint", Excerpt.of(given)), e);
            }
        }
        if (code == null) {
            throw new BureauException(I18n.tr("bureau.keys.parkNeeded"));
        }
        return register(fingerprint, publicKey, code);
    }

    private Registered register(Fingerprint fingerprint, String publicKey, String parkCode) {
        return unitOfWork.inTransaction(repositories -> {
            BureauService.requireBureau(repositories);
            Park park = repositories.parks().findBureauParks().stream().filter(p -> p.code().equals(parkCode))
                    .findFirst().orElseThrow(() -> new BureauException(I18n.tr("bureau.keys.unknownPark",
                            Excerpt.of(parkCode))));
            Optional<ParkKey> existing = repositories.parkKeys().findByFingerprint(fingerprint.text());
            if (existing.isPresent()) {
                ParkKey other = existing.get();
                throw new BureauException(other.parkCode().equals(park.code())
                        ? I18n.tr("bureau.keys.already", fingerprint.text(), park.name(), park.code(), date(other))
                        : I18n.tr("bureau.keys.otherPark", fingerprint.text(), other.parkName(), other.parkCode()));
            }
            var packages = repositories.receivedPackages();
            List<ReceivedPackage> held = packages.heldFor(fingerprint.text());
            String key = publicKey != null ? publicKey
                    : held.stream().map(ReceivedPackage::signerKey).findFirst().orElse(null);
            long id = repositories.parkKeys().insert(park.id(), fingerprint.text(), key, clock.instant(), user);
            ParkKey registered = repositories.parkKeys().findByFingerprint(fingerprint.text()).orElseThrow();
            repositories.audit().write(user, AUDIT_TABLE, String.valueOf(id), AuditAction.INSERT, null, registered);
            List<ReceivedPackage> accepted = promote(repositories, held, park);
            return new Registered(registered, accepted,
                    held.stream().filter(waiting -> waiting.parkId() != park.id()).toList());
        });
    }

    /** Accepts the held packages of the park, in the order they came; those naming another park stay held. */
    private List<ReceivedPackage> promote(Repositories repositories, List<ReceivedPackage> held, Park park) {
        var packages = repositories.receivedPackages();
        List<ReceivedPackage> accepted = new ArrayList<>();
        for (ReceivedPackage waiting : held) {
            if (waiting.parkId() != park.id()) {
                continue;
            }
            packages.setState(waiting.id(), IntakeState.ACCEPTED);
            Supersession.accept(packages, packages.find(waiting.id()).orElseThrow());
            ReceivedPackage now = packages.find(waiting.id()).orElseThrow();
            repositories.audit().write(user, PackageIntake.AUDIT_TABLE, String.valueOf(now.id()), AuditAction.UPDATE,
                    waiting, now);
            accepted.add(now);
        }
        return accepted;
    }

    /** Every key registered, by park. */
    public List<ParkKey> list() {
        BureauService.requireBureau(unitOfWork.read());
        return unitOfWork.read().parkKeys().findAll();
    }

    private static LocalDate date(ParkKey key) {
        return LocalDate.ofInstant(key.registeredAt(), ZoneId.systemDefault());
    }

    private static Path pathOrNull(String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
