package org.ecopark.ledger.logic.signing;

import java.security.KeyPair;
import java.util.Base64;
import java.util.Optional;
import org.ecopark.ledger.persistence.SettingsRepository;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * Finds the ledger's signing key, making it the first time it is asked for: at the first start of a new ledger and
 * at the first start of the program on an older one. Kept in the ledger's settings, so that a backup carries it
 * and a restored ledger signs as before; a ledger protected by a password keeps it encrypted with everything else.
 */
public final class SigningKeys {

    static final String PRIVATE = "ledger.signing.private";
    static final String PUBLIC = "ledger.signing.public";

    private final UnitOfWork unitOfWork;
    private volatile LedgerKey key;

    public SigningKeys(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** The ledger's key; made and stored in one transaction when the ledger has none yet. */
    public LedgerKey key() {
        LedgerKey known = key;
        if (known == null) {
            known = stored(unitOfWork.read().settings()).orElseGet(this::make);
            key = known;
        }
        return known;
    }

    /**
     * Makes the ledger's key when it has none yet, as at the first start of a ledger; a ledger that has one is only
     * looked at, without reading the key itself (the cryptography it takes is loaded when something is signed).
     */
    public void ensureMade() {
        SettingsRepository settings = unitOfWork.read().settings();
        if (key == null && (settings.get(PRIVATE).isEmpty() || settings.get(PUBLIC).isEmpty())) {
            key();
        }
    }

    private LedgerKey make() {
        return unitOfWork.inTransaction(repositories -> {
            SettingsRepository settings = repositories.settings();
            return stored(settings).orElseGet(() -> { // another thread may have made it meanwhile
                KeyPair pair = Ed25519.generate();
                settings.put(PRIVATE, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()));
                settings.put(PUBLIC, Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
                return new LedgerKey(pair);
            });
        });
    }

    private static Optional<LedgerKey> stored(SettingsRepository settings) {
        Optional<String> privateKey = settings.get(PRIVATE);
        Optional<String> publicKey = settings.get(PUBLIC);
        if (privateKey.isEmpty() || publicKey.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LedgerKey(new KeyPair(Ed25519.publicKey(Base64.getDecoder().decode(publicKey.get())),
                Ed25519.privateKey(Base64.getDecoder().decode(privateKey.get())))));
    }
}
