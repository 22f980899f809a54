package org.ecopark.ledger.logic.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.StandardCodeCheck;
import org.ecopark.ledger.model.Standard;
import org.ecopark.ledger.model.StandardLevel;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The standards the park's enterprises drafted. "Standards drafted" is a plan target counted by distinct
 * code and level, so the code is pattern-checked and normalised, the level must be the one the code
 * tells, and an enterprise holds a code once.
 */
public final class StandardService extends AuditedRecordService<Standard> {

    public static final String TABLE = "standard";

    public static final String CODE = "code";
    public static final String TITLE = "title";
    public static final String LEVEL = "level";
    public static final String ROLE = "role";
    public static final String ENTERPRISE = "enterpriseId";
    public static final String PUBLISHED_ON = "publishedOn";

    static final RecordType<Standard> TYPE = new RecordType<>(TABLE, Standard.class, Standard::id,
            Repositories::standards);

    /** The l10n prefixes of the level and role names. */
    public static final String LEVELS = "records.standardLevel.";
    public static final String ROLES = "records.standardRole.";

    private static final String LABEL = "records.standard.field.";

    public StandardService(AuditedWrites writes, DateRules dates) {
        super(writes, TYPE, (repositories, draft) -> check(repositories, draft, dates.today()),
                StandardService::normalise);
    }

    /** The standards of the park's enterprises, latest published first. */
    public List<Standard> list(long parkId) {
        return writes.read().standards().findByPark(parkId);
    }

    public Optional<Standard> find(long id) {
        return writes.read().standards().find(id);
    }

    /** The level a code tells, when it parses (the form fills the level in from it). */
    public static Optional<StandardLevel> levelOf(String code) {
        return StandardCodeCheck.check(code).level();
    }

    /** The draft with its code normalised and its texts trimmed. */
    public static Standard normalise(Standard s) {
        String code = s.code() == null ? null : StandardCodeCheck.check(s.code()).check().normalised();
        return new Standard(s.id(), Texts.strip(code), Texts.strip(s.title()), s.level(), s.role(), s.enterpriseId(),
                s.publishedOn());
    }

    /**
     * The rules of a standard record, shared by the form and the Excel import.
     *
     * @param repositories to find the same code of the same enterprise; null when the caller matched
     *                     existing records itself (an import updates the record it found)
     * @param today        what {@link DateRules#today()} says
     */
    public static RecordValidation check(Repositories repositories, Standard s, LocalDate today) {
        RecordValidation.Builder v = RecordValidation.builder();
        StandardCodeCheck.Result code = StandardCodeCheck.check(s.code());
        v.check(CODE, code.check());
        boolean codeParsed = !code.check().blocksSaving();
        if (codeParsed && repositories != null && s.enterpriseId() != null) {
            repositories.standards().findByCode(code.check().normalised(), s.enterpriseId())
                    .filter(other -> other.id() != s.id())
                    .ifPresent(other -> v.error(CODE, "records.standard.duplicateCode", other.code(), other.title()));
        }
        v.maxLength(CODE, s.code(), 64, LABEL + CODE)
                .required(TITLE, s.title(), LABEL + TITLE)
                .maxLength(TITLE, s.title(), 300, LABEL + TITLE)
                .required(ROLE, s.role(), LABEL + ROLE)
                .required(ENTERPRISE, s.enterpriseId(), LABEL + ENTERPRISE);
        if (codeParsed) {
            v.required(LEVEL, s.level(), LABEL + LEVEL);
        }
        if (s.level() != null && code.level().isPresent() && code.level().get() != s.level()) {
            v.error(LEVEL, "records.standard.levelMismatch", I18n.tr(LEVELS + s.level().name()),
                    I18n.tr(LEVELS + code.level().get().name()));
        }
        return v.happened(PUBLISHED_ON, s.publishedOn(), today, LABEL + PUBLISHED_ON).build();
    }
}
