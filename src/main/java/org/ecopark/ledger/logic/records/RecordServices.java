package org.ecopark.ledger.logic.records;

import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The record services of one ledger, sharing one {@link AuditedWrites} (one transaction runner, one
 * user for the audit log). A new record type adds its service here.
 */
public final class RecordServices {

    private final AuditedWrites writes;
    private final EnterpriseService enterprises;
    private final PatentService patents;
    private final StatisticsService statistics;
    private final RdStaffService staff;
    private final StandardService standards;
    private final PlatformService platforms;
    private final ProjectService projects;
    private final EventService events;

    public RecordServices(UnitOfWork unitOfWork, String user) {
        this.writes = new AuditedWrites(unitOfWork, user);
        this.enterprises = new EnterpriseService(writes);
        this.patents = new PatentService(writes);
        this.statistics = new StatisticsService(writes);
        this.staff = new RdStaffService(writes);
        this.standards = new StandardService(writes);
        this.platforms = new PlatformService(writes);
        this.projects = new ProjectService(writes);
        this.events = new EventService(writes);
    }

    public AuditedWrites writes() {
        return writes;
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
