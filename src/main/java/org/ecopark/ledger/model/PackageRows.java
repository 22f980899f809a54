package org.ecopark.ledger.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The records of a park as a submission package lists them: flat rows that name enterprises by their
 * credit code (the bureau has no ledger ids) and keep the stored codes of every category. Codes are the
 * database's (MANUFACTURING, NATIONAL...); the package translates them for people and keeps them for programs.
 */
public final class PackageRows {

    private PackageRows() {
    }

    /** One stored value of the period statistics. */
    public record StatFigure(long id, String uscc, String enterpriseName, String metricCode, String metricName,
                             String unit, StatPeriod period, BigDecimal value, String source) {
    }

    /** A patent with its owners among the ledger's enterprises (credit codes and names, certificate order). */
    public record PatentEntry(long id, String number, String title, PatentType type, LocalDate appliedOn,
                              LocalDate grantedOn, LocalDate lapsedOn, PatentStatus status, List<String> ownerUsccs,
                              List<String> ownerNames, String otherOwners) {

        public PatentEntry {
            ownerUsccs = List.copyOf(ownerUsccs);
            ownerNames = List.copyOf(ownerNames);
        }
    }

    /** An R&D staff member; the ID-card hint stays in the ledger. */
    public record StaffMember(long id, String uscc, String enterpriseName, String name, String education,
                              String professionalTitle, boolean fullTime, LocalDate joinedOn, LocalDate leftOn) {
    }

    /** One enterprise's part in drafting a standard. */
    public record StandardEntry(long id, String code, String title, String level, String role, String uscc,
                                String enterpriseName, LocalDate publishedOn) {
    }

    /**
     * A project with its latest progress entry up to the period end.
     *
     * @param uscc null for a project of the park itself
     */
    public record ProjectEntry(long id, String name, String category, String status, String uscc,
                               String enterpriseName, BigDecimal plannedInvestment, LocalDate startDate,
                               LocalDate plannedCompletion, LocalDate actualCompletion, LocalDate progressReportedOn,
                               BigDecimal completedInvestment, BigDecimal percentComplete, String note) {
    }

    /** An innovation platform; {@code uscc} is null for a platform of the park itself. */
    public record PlatformEntry(long id, String name, String platformType, String level, String uscc,
                                String enterpriseName, LocalDate approvedOn, String approvedBy, LocalDate revokedOn) {
    }

    /** An event the park held or took part in. */
    public record EventEntry(long id, LocalDate heldOn, String title, String eventType, boolean international,
                             Integer participants, String location, String note) {
    }

    /**
     * A validation warning a user overrode, with the explanation.
     *
     * @param recordKey the overridden row by codes a reader can find: a credit code, a patent number, a
     *                  credit code with metric and period...
     */
    public record OverriddenWarning(String table, long recordId, String recordKey, String warningKey,
                                    String explanation, String overriddenBy, Instant overriddenAt) {
    }
}
