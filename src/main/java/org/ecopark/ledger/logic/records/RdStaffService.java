package org.ecopark.ledger.logic.records;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ecopark.ledger.model.RdStaff;
import org.ecopark.ledger.persistence.Repositories;

/**
 * The R&D staff of the park's enterprises. "R&D staff" is a plan indicator counted at a date, so the
 * joining date is required and a person cannot leave before joining.
 */
public final class RdStaffService extends AuditedRecordService<RdStaff> {

    public static final String TABLE = "rd_staff";

    public static final String ENTERPRISE = "enterpriseId";
    public static final String NAME = "name";
    public static final String ID_HINT = "idHint";
    public static final String EDUCATION = "education";
    public static final String PROFESSIONAL_TITLE = "professionalTitle";
    public static final String FULL_TIME = "fullTime";
    public static final String JOINED_ON = "joinedOn";
    public static final String LEFT_ON = "leftOn";

    static final RecordType<RdStaff> TYPE = new RecordType<>(TABLE, RdStaff.class, RdStaff::id, Repositories::rdStaff);

    private static final String LABEL = "records.staff.field.";

    public RdStaffService(AuditedWrites writes, DateRules dates) {
        super(writes, TYPE, (repositories, draft) -> check(repositories, draft, dates.today()), RdStaffService::normalise);
    }

    /** The staff of the park's enterprises, latest joiner first. */
    public List<RdStaff> list(long parkId) {
        return writes.read().rdStaff().findByPark(parkId);
    }

    public Optional<RdStaff> find(long id) {
        return writes.read().rdStaff().find(id);
    }

    /** The R&D headcount of the park on this day (people who joined and had not left yet). */
    public int headcount(long parkId, LocalDate date, boolean fullTimeOnly) {
        return writes.read().rdStaff().headcount(parkId, date, fullTimeOnly);
    }

    static RdStaff normalise(RdStaff s) {
        return new RdStaff(s.id(), s.enterpriseId(), Texts.strip(s.name()), Texts.strip(s.idHint()), s.education(),
                Texts.strip(s.professionalTitle()), s.fullTime(), s.joinedOn(), s.leftOn());
    }

    /**
     * The rules of a staff record, shared by the form and the Excel import.
     *
     * @param repositories to find a namesake; null when the caller matched existing records itself
     * @param today        what {@link DateRules#today()} says
     */
    public static RecordValidation check(Repositories repositories, RdStaff s, LocalDate today) {
        RecordValidation.Builder v = RecordValidation.builder()
                .required(ENTERPRISE, s.enterpriseId(), LABEL + ENTERPRISE)
                .required(NAME, s.name(), LABEL + NAME)
                .maxLength(NAME, s.name(), 64, LABEL + NAME)
                .maxLength(ID_HINT, s.idHint(), 8, LABEL + ID_HINT)
                .maxLength(PROFESSIONAL_TITLE, s.professionalTitle(), 32, LABEL + PROFESSIONAL_TITLE)
                .required(JOINED_ON, s.joinedOn(), LABEL + JOINED_ON);
        if (s.joinedOn() != null && s.leftOn() != null && s.leftOn().isBefore(s.joinedOn())) {
            v.error(LEFT_ON, "records.staff.leftBeforeJoined", s.leftOn(), s.joinedOn());
        }
        v.happened(JOINED_ON, s.joinedOn(), today, LABEL + JOINED_ON).happened(LEFT_ON, s.leftOn(), today, LABEL + LEFT_ON);
        if (repositories != null && s.enterpriseId() != null && s.name() != null && s.joinedOn() != null) {
            repositories.rdStaff().findSame(s.enterpriseId(), s.name(), s.joinedOn())
                    .filter(other -> other.id() != s.id())
                    .ifPresent(other -> v.warning(NAME, "records.staff.namesake", s.name(), s.joinedOn()));
        }
        return v.build();
    }
}
