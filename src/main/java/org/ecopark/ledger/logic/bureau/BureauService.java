package org.ecopark.ledger.logic.bureau;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.AuditAction;
import org.ecopark.ledger.model.LedgerRole;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Repositories;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The ledger's role: a park's ledger (the default, as every ledger made before bureau mode) or a city bureau's (市局),
 * which receives the packages of its parks and keeps no enterprise records of its own. A bureau's parks come from the
 * plan catalog: those of its city, or every park of the shipped plans; more can be added.
 */
public final class BureauService {

    static final String ROLE = "ledger.role";
    static final String NAME = "bureau.name";
    static final String CITY = "bureau.city";
    static final int MAX_NAME = 200;
    static final String AUDIT_TABLE = "bureau_park";

    private final UnitOfWork unitOfWork;
    private final String user;
    private final Clock clock;

    public BureauService(UnitOfWork unitOfWork, String user, Clock clock) {
        this.unitOfWork = unitOfWork;
        this.user = user;
        this.clock = clock;
    }

    /** Who the bureau is. */
    public record Profile(String name, String city) {
    }

    public LedgerRole role() {
        return role(unitOfWork.read());
    }

    static LedgerRole role(Repositories repositories) {
        return repositories.settings().get(ROLE).map(LedgerRole::valueOf).orElse(LedgerRole.PARK);
    }

    /** The bureau's name and city; empty for a park's ledger. */
    public Optional<Profile> profile() {
        Repositories read = unitOfWork.read();
        if (role(read) != LedgerRole.BUREAU) {
            return Optional.empty();
        }
        return Optional.of(new Profile(read.settings().get(NAME).orElse(""), read.settings().get(CITY).orElse(null)));
    }

    /**
     * Makes this empty ledger a bureau's, with the parks of {@code city} (every shipped park when null) as its parks.
     *
     * @throws BureauException when the name is blank or too long, the ledger is a bureau's already or holds a park's
     *                         records or packages, or the catalog has no park in that city
     */
    public List<Park> init(String name, String city) {
        String trimmedName = name == null ? "" : name.strip();
        String trimmedCity = city == null || city.isBlank() ? null : city.strip();
        if (trimmedName.isEmpty() || trimmedName.length() > MAX_NAME) {
            throw new BureauException(I18n.tr("bureau.init.name", MAX_NAME));
        }
        return unitOfWork.inTransaction(repositories -> {
            if (role(repositories) == LedgerRole.BUREAU) {
                throw new BureauException(I18n.tr("bureau.init.already", repositories.settings().get(NAME).orElse("")));
            }
            if (!repositories.records().isEmpty() || repositories.submissions().count() > 0) {
                throw new BureauException(I18n.tr("bureau.init.notEmpty"));
            }
            List<Park> parks = repositories.parks().findAll().stream().filter(Park::shipped)
                    .filter(park -> trimmedCity == null || trimmedCity.equals(park.city())).toList();
            if (parks.isEmpty()) {
                throw new BureauException(I18n.tr("bureau.init.noParks", String.valueOf(trimmedCity)));
            }
            repositories.settings().put(ROLE, LedgerRole.BUREAU.name());
            repositories.settings().put(NAME, trimmedName);
            if (trimmedCity != null) {
                repositories.settings().put(CITY, trimmedCity);
            }
            parks.forEach(park -> repositories.parks().addToBureau(park.id(), clock.instant()));
            repositories.audit().write(user, AUDIT_TABLE, ROLE, AuditAction.INSERT, null,
                    Map.of("name", trimmedName, "city", String.valueOf(trimmedCity),
                            "parks", parks.stream().map(Park::code).toList()));
            return parks;
        });
    }

    /** The parks the bureau receives packages from; none for a park's ledger. */
    public List<Park> parks() {
        return unitOfWork.read().parks().findBureauParks();
    }

    /**
     * Adds a park of the ledger's catalog (a shipped one, or one a plan file brought) to the bureau's parks.
     *
     * @throws BureauException when this is no bureau ledger or the catalog has no park of that code
     */
    public Park addPark(String code) {
        return unitOfWork.inTransaction(repositories -> {
            requireBureau(repositories);
            Park park = repositories.parks().findByCode(code == null ? "" : code.strip())
                    .orElseThrow(() -> new BureauException(I18n.tr("bureau.park.unknown", String.valueOf(code))));
            repositories.parks().addToBureau(park.id(), clock.instant());
            repositories.audit().write(user, AUDIT_TABLE, park.code(), AuditAction.INSERT, null, park.code());
            return park;
        });
    }

    /** @throws BureauException when the ledger is a park's */
    static void requireBureau(Repositories repositories) {
        if (role(repositories) != LedgerRole.BUREAU) {
            throw new BureauException(I18n.tr("bureau.notBureau"));
        }
    }

    /** @throws BureauException when the ledger is a bureau's, which keeps no park records of its own */
    public void requireParkLedger() {
        if (role() == LedgerRole.BUREAU) {
            throw new BureauException(I18n.tr("bureau.notPark"));
        }
    }
}
