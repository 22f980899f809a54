package org.ecopark.ledger.logic.records;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.CodeCheckResult;
import org.ecopark.ledger.logic.validation.UsccCheck;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.EnterpriseTitle;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The park's enterprises: list, check, save, delete, undo, history. The credit code is the enterprise's
 * key in every submission package, so it is checked (GB 32100) and kept unique across the ledger.
 */
public final class EnterpriseService extends AuditedRecordService<Enterprise> {

    public static final String TABLE = "enterprise";

    /** Field names of the problems, as the form binds them. */
    public static final String USCC = "uscc";
    public static final String NAME = "name";
    public static final String SHORT_NAME = "shortName";
    public static final String SEGMENT = "segment";
    public static final String ENV_RELATED = "envRelated";
    public static final String SETTLED_ON = "settledOn";
    public static final String LEFT_ON = "leftOn";
    public static final String CONTACT_PERSON = "contactPerson";
    public static final String CONTACT_PHONE = "contactPhone";
    public static final String ADDRESS = "address";
    public static final String NOTE = "note";
    public static final String TITLES = "titles";

    static final RecordType<Enterprise> TYPE = new RecordType<>(TABLE, Enterprise.class, Enterprise::id,
            Repositories::enterprises);

    public EnterpriseService(AuditedWrites writes, DateRules dates) {
        super(writes, TYPE, (repositories, draft) -> check(repositories, draft, dates.today()),
                EnterpriseService::normalise);
    }

    /** The park's enterprises by name. */
    public List<Enterprise> list(long parkId) {
        return writes.read().enterprises().findByPark(parkId);
    }

    public Optional<Enterprise> find(long id) {
        return writes.read().enterprises().find(id);
    }

    /** The draft as it is checked and saved: the credit code normalised (half-width, upper case, no blanks). */
    static Enterprise normalise(Enterprise e) {
        String uscc = e.uscc() == null ? null : UsccCheck.check(e.uscc()).normalised();
        return new Enterprise(e.id(), e.parkId(), uscc, Texts.strip(e.name()), Texts.strip(e.shortName()), e.segment(), e.envRelated(),
                e.settledOn(), e.leftOn(), Texts.strip(e.contactPerson()), Texts.strip(e.contactPhone()), Texts.strip(e.address()),
                Texts.strip(e.note()), e.titles());
    }

    static RecordValidation check(Repositories repositories, Enterprise e, LocalDate today) {
        RecordValidation.Builder v = RecordValidation.builder();
        CodeCheckResult uscc = UsccCheck.check(e.uscc());
        v.check(USCC, uscc);
        if (!uscc.blocksSaving()) {
            if (!UsccCheck.isShandong(uscc.normalised())) {
                v.warning(USCC, UsccCheck.KEY_NOT_SHANDONG, uscc.normalised().substring(2, 8));
            }
            repositories.enterprises().findByUscc(uscc.normalised())
                    .filter(existing -> existing.id() != e.id())
                    .ifPresent(existing -> v.error(USCC, "records.enterprise.duplicateUscc", existing.name()));
        }
        v.required(NAME, e.name(), "records.enterprise.field.name")
                .maxLength(NAME, e.name(), 200, "records.enterprise.field.name")
                .maxLength(SHORT_NAME, e.shortName(), 64, "records.enterprise.field.shortName")
                .required(SEGMENT, e.segment(), "records.enterprise.field.segment")
                .maxLength(CONTACT_PERSON, e.contactPerson(), 64, "records.enterprise.field.contactPerson")
                .maxLength(CONTACT_PHONE, e.contactPhone(), 32, "records.enterprise.field.contactPhone")
                .maxLength(ADDRESS, e.address(), 200, "records.enterprise.field.address")
                .maxLength(NOTE, e.note(), 2000, "records.enterprise.field.note");
        if (e.parkId() <= 0) {
            v.error(NAME, "records.error.noPark");
        }
        if (e.settledOn() != null && e.leftOn() != null && e.leftOn().isBefore(e.settledOn())) {
            v.error(LEFT_ON, "records.enterprise.leftBeforeSettled", e.leftOn(), e.settledOn());
        }
        v.happened(SETTLED_ON, e.settledOn(), today, "records.enterprise.field.settledOn")
                .happened(LEFT_ON, e.leftOn(), today, "records.enterprise.field.leftOn");
        checkTitles(v, e.titles(), today);
        return v.build();
    }

    private static void checkTitles(RecordValidation.Builder v, List<EnterpriseTitle> titles, LocalDate today) {
        Set<String> seen = new HashSet<>();
        for (EnterpriseTitle title : titles) {
            if (title.kind() == null || title.awardedOn() == null) {
                v.error(TITLES, "records.enterprise.titleIncomplete");
                continue;
            }
            String label = I18n.tr("records.title." + title.kind().name());
            if (title.expiresOn() != null && !title.expiresOn().isAfter(title.awardedOn())) {
                v.error(TITLES, "records.enterprise.titleExpiry", label, title.awardedOn(), title.expiresOn());
            }
            if (title.awardedOn().isAfter(today)) {
                v.add(DateRules.happened(TITLES, I18n.tr("records.enterprise.titleAwarded", label), title.awardedOn(), today));
            }
            if (!seen.add(title.kind() + "@" + title.awardedOn())) {
                v.error(TITLES, "records.enterprise.titleDuplicate", label, title.awardedOn());
            }
            if (title.certificateNo() != null && title.certificateNo().length() > 64) {
                v.error(TITLES, "records.error.tooLong", I18n.tr("records.enterprise.title.certificate"), 64);
            }
        }
    }
}
