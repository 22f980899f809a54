package org.ecopark.ledger.logic.records;

import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The record services of one ledger, sharing one {@link AuditedWrites} (one transaction runner, one
 * user for the audit log) and one {@link DateRules} (one "today"). A new record type adds its service here.
 */
public final class RecordServices {

    private final AuditedWrites writes;
    private final DateRules dates;
    private final EnterpriseService enterprises;
    private final PatentService patents;
    private final StatisticsService statistics;
    private final RdStaffService staff;
    private final StandardService standards;
    private final PlatformService platforms;
    private final ProjectService projects;
    private final EventService events;

    public RecordServices(UnitOfWork unitOfWork, String user, DateRules dates) {
        this.writes = new AuditedWrites(unitOfWork, user);
        this.dates = dates;
        this.enterprises = new EnterpriseService(writes, dates);
        this.patents = new PatentService(writes, dates);
        this.statistics = new StatisticsService(writes, dates);
        this.staff = new RdStaffService(writes, dates);
        this.standards = new StandardService(writes, dates);
        this.platforms = new PlatformService(writes, dates);
        this.projects = new ProjectService(writes, dates);
        this.events = new EventService(writes, dates);
    }

    public AuditedWrites writes() {
        return writes;
    }

    /** Today, as every check of these services sees it. */
    public DateRules dates() {
        return dates;
    }

    public EnterpriseService enterprises() {
        return enterprises;
    }

    public PatentService patents() {
        return patents;
    }

    public StatisticsService statistics() {
        return statistics;
    }

    public RdStaffService staff() {
        return staff;
    }

    public StandardService standards() {
        return standards;
    }

    public PlatformService platforms() {
        return platforms;
    }

    public ProjectService projects() {
        return projects;
    }

    public EventService events() {
        return events;
    }
}
