package org.ecopark.ledger.logic.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.InnovationPlatform;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The innovation platforms of the park and its enterprises. Platforms at each level are a plan target
 * counted at a date, so the approval date is required, a revocation cannot precede it, and the same
 * platform (name, type, level) is recorded once per park.
 */
public final class PlatformService extends AuditedRecordService<InnovationPlatform> {

    public static final String TABLE = "innovation_platform";

    public static final String NAME = "name";
    public static final String TYPE_FIELD = "type";
    public static final String LEVEL = "level";
    public static final String ENTERPRISE = "enterpriseId";
    public static final String APPROVED_ON = "approvedOn";
    public static final String APPROVED_BY = "approvedBy";
    public static final String REVOKED_ON = "revokedOn";

    static final RecordType<InnovationPlatform> TYPE = new RecordType<>(TABLE, InnovationPlatform.class,
            InnovationPlatform::id, Repositories::platforms);

    /** The l10n prefixes of the type and level names. */
    public static final String TYPES = "records.platformType.";
    public static final String LEVELS = "records.platformLevel.";

    private static final String LABEL = "records.platform.field.";

    public PlatformService(AuditedWrites writes, DateRules dates) {
        super(writes, TYPE, (repositories, draft) -> check(repositories, draft, dates.today()),
                PlatformService::normalise);
    }

    /** The park's platforms, latest approved first. */
    public List<InnovationPlatform> list(long parkId) {
        return writes.read().platforms().findByPark(parkId);
    }

    public Optional<InnovationPlatform> find(long id) {
        return writes.read().platforms().find(id);
    }

    static InnovationPlatform normalise(InnovationPlatform p) {
        return new InnovationPlatform(p.id(), p.parkId(), p.enterpriseId(), Texts.strip(p.name()), p.type(), p.level(),
                p.approvedOn(), Texts.strip(p.approvedBy()), p.revokedOn());
    }

    /** The rules of a platform record. */
    public static RecordValidation check(Repositories repositories, InnovationPlatform p, LocalDate today) {
        RecordValidation.Builder v = RecordValidation.builder()
                .required(NAME, p.name(), LABEL + NAME)
                .maxLength(NAME, p.name(), 200, LABEL + NAME)
                .required(TYPE_FIELD, p.type(), LABEL + TYPE_FIELD)
                .required(LEVEL, p.level(), LABEL + LEVEL)
                .required(APPROVED_ON, p.approvedOn(), LABEL + APPROVED_ON)
                .maxLength(APPROVED_BY, p.approvedBy(), 100, LABEL + APPROVED_BY);
        if (p.parkId() <= 0) {
            v.error(NAME, "records.error.noPark");
        }
        if (p.approvedOn() != null && p.revokedOn() != null && p.revokedOn().isBefore(p.approvedOn())) {
            v.error(REVOKED_ON, "records.platform.revokedBeforeApproved", p.revokedOn(), p.approvedOn());
        }
        v.happened(APPROVED_ON, p.approvedOn(), today, LABEL + APPROVED_ON)
                .happened(REVOKED_ON, p.revokedOn(), today, LABEL + REVOKED_ON);
        if (p.type() != null && p.type().belongsToEnterprise() && p.enterpriseId() == null) {
            v.warning(ENTERPRISE, "records.platform.enterpriseExpected", I18n.tr(TYPES + p.type().name()));
        }
        if (repositories != null && p.name() != null && p.type() != null && p.level() != null
                && !v.hasErrorFor(NAME)) {
            repositories.platforms().findSame(p.parkId(), p.name(), p.type(), p.level())
                    .filter(other -> other.id() != p.id())
                    .ifPresent(other -> v.error(NAME, "records.platform.duplicate", other.name(),
                            I18n.tr(LEVELS + other.level().name()), I18n.tr(TYPES + other.type().name())));
        }
        return v.build();
    }
}
