package org.ecopark.ledger.logic.records;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.validation.PatentNumberCheck;
import org.ecopark.ledger.model.Patent;
import org.ecopark.ledger.model.PatentStatus;
import org.ecopark.ledger.model.PatentType;
import org.ecopark.ledger.persistence.Repositories;

/**
 * Patents of the park's enterprises. "Patents granted" is a plan target, so the number is checked and
 * kept unique, the type must agree with what the number says, and the status must agree with the dates.
 */
public final class PatentService extends AuditedRecordService<Patent> {

    public static final String TABLE = "patent";

    public static final String NUMBER = "number";
    public static final String TITLE = "title";
    public static final String TYPE_FIELD = "type";
    public static final String APPLIED_ON = "appliedOn";
    public static final String GRANTED_ON = "grantedOn";
    public static final String LAPSED_ON = "lapsedOn";
    public static final String STATUS = "status";
    public static final String OWNERS = "ownerIds";
    public static final String OTHER_OWNERS = "otherOwners";

    private static final String LABEL = "records.patent.field.";

    static final RecordType<Patent> TYPE = new RecordType<>(TABLE, Patent.class, Patent::id, Repositories::patents);

    public PatentService(AuditedWrites writes, DateRules dates) {
        super(writes, TYPE, (repositories, draft) -> check(repositories, draft, dates.today()), PatentService::normalise);
    }

    /** The patents the park's enterprises own, newest application first. */
    public List<Patent> list(long parkId) {
        return writes.read().patents().findByPark(parkId);
    }

    public Optional<Patent> find(long id) {
        return writes.read().patents().find(id);
    }

    /** The type a patent number tells, when it parses (the form fills the type in from it). */
    public static Optional<PatentType> typeOf(String number) {
        return PatentNumberCheck.check(number).type();
    }

    /** The draft as it is checked and saved: under its normalised number (ZL + digits + . + check). */
    static Patent normalise(Patent p) {
        String number = p.number() == null ? null : PatentNumberCheck.check(p.number()).check().normalised();
        return new Patent(p.id(), number, Texts.strip(p.title()), p.type(), p.appliedOn(), p.grantedOn(), p.lapsedOn(),
                p.status(), p.ownerIds(), Texts.strip(p.otherOwners()));
    }

    static RecordValidation check(Repositories repositories, Patent p, LocalDate today) {
        RecordValidation.Builder v = RecordValidation.builder();
        PatentNumberCheck.Result number = PatentNumberCheck.check(p.number());
        v.check(NUMBER, number.check());
        if (!number.check().blocksSaving()) {
            String normalised = number.check().normalised();
            repositories.patents().findByNumber(normalised).filter(existing -> existing.id() != p.id())
                    .ifPresent(existing -> v.error(NUMBER, "records.patent.duplicateNumber", normalised, existing.title()));
            applicationYear(normalised).filter(year -> p.appliedOn() != null && year != p.appliedOn().getYear())
                    .ifPresent(year -> v.warning(APPLIED_ON, "records.patent.yearDiffers", String.valueOf(year),
                            String.valueOf(p.appliedOn().getYear())));
        }
        v.required(TYPE_FIELD, p.type(), "records.patent.field.type");
        if (p.type() != null && number.type().isPresent() && number.type().get() != p.type()) {
            v.error(TYPE_FIELD, "records.patent.typeMismatch", I18n.tr("records.patentType." + number.type().get().name()),
                    I18n.tr("records.patentType." + p.type().name()));
        }
        v.required(TITLE, p.title(), "records.patent.field.title")
                .maxLength(TITLE, p.title(), 300, "records.patent.field.title")
                .maxLength(OTHER_OWNERS, p.otherOwners(), 1000, "records.patent.field.otherOwners")
                .required(APPLIED_ON, p.appliedOn(), "records.patent.field.appliedOn")
                .required(STATUS, p.status(), "records.patent.field.status");
        checkDates(v, p);
        v.happened(APPLIED_ON, p.appliedOn(), today, LABEL + APPLIED_ON)
                .happened(GRANTED_ON, p.grantedOn(), today, LABEL + GRANTED_ON)
                .happened(LAPSED_ON, p.lapsedOn(), today, LABEL + LAPSED_ON);
        if (p.ownerIds().isEmpty()) {
            v.error(OWNERS, "records.patent.ownerRequired");
        } else if (new HashSet<>(p.ownerIds()).size() != p.ownerIds().size()) {
            v.error(OWNERS, "records.patent.ownerTwice");
        }
        return v.build();
    }

    private static void checkDates(RecordValidation.Builder v, Patent p) {
        if (p.grantedOn() != null && p.appliedOn() != null && p.grantedOn().isBefore(p.appliedOn())) {
            v.error(GRANTED_ON, "records.patent.grantBeforeApplication", p.grantedOn(), p.appliedOn());
        }
        if (p.lapsedOn() != null && p.grantedOn() != null && p.lapsedOn().isBefore(p.grantedOn())) {
            v.error(LAPSED_ON, "records.patent.lapseBeforeGrant", p.lapsedOn(), p.grantedOn());
        }
        PatentStatus status = p.status();
        if (status == null) {
            return;
        }
        String label = I18n.tr("records.patentStatus." + status.name());
        if (status.wasGranted() && p.grantedOn() == null) {
            v.error(GRANTED_ON, "records.patent.grantDateMissing", label);
        } else if (!status.wasGranted() && p.grantedOn() != null) {
            v.error(GRANTED_ON, "records.patent.grantDateUnexpected", label);
        }
        if (status == PatentStatus.LAPSED && p.lapsedOn() == null) {
            v.error(LAPSED_ON, "records.patent.lapseDateMissing");
        } else if (status != PatentStatus.LAPSED && p.lapsedOn() != null) {
            v.error(LAPSED_ON, "records.patent.lapseDateUnexpected", label);
        }
    }

    /**
     * The filing year the application number carries (4 digits since 2003, 2 before). A PCT application
     * entering China may be dated differently, hence only a warning when it disagrees.
     */
    static Optional<Integer> applicationYear(String normalised) {
        if (!normalised.startsWith("ZL")) {
            return Optional.empty();
        }
        String digits = normalised.substring(2, normalised.indexOf('.'));
        if (digits.length() == 12) {
            return Optional.of(Integer.parseInt(digits.substring(0, 4)));
        }
        int yy = Integer.parseInt(digits.substring(0, 2));
        return Optional.of(yy >= 85 ? 1900 + yy : 2000 + yy);
    }
}
