package org.ecopark.ledger.persistence;

import org.jooq.DSLContext;

/** Every repository over one connection or transaction; repositories are cheap, so they are made on demand. */
public final class Repositories {

    private final DSLContext dsl;
    private final IndicatorSummaries summaries;

    Repositories(DSLContext dsl) {
        this(dsl, false);
    }

    /** @param deferSummaries the summaries are brought up to date by {@link IndicatorSummaries#flush()} (a transaction's end) */
    Repositories(DSLContext dsl, boolean deferSummaries) {
        this.dsl = dsl;
        this.summaries = new IndicatorSummaries(dsl, deferSummaries);
    }

    /** The statistics summed per park, which the writers of statistics keep current. */
    public IndicatorSummaries summaries() {
        return summaries;
    }

    public ParkRepository parks() {
        return new ParkRepository(dsl);
    }

    public SettingsRepository settings() {
        return new SettingsRepository(dsl);
    }

    public PlanRepository plans() {
        return new PlanRepository(dsl);
    }

    public TargetRepository targets() {
        return new TargetRepository(dsl);
    }

    public IndicatorRepository indicators() {
        return new IndicatorRepository(dsl);
    }

    public AuditRepository audit() {
        return new AuditRepository(dsl);
    }

    public WarningOverrideRepository warningOverrides() {
        return new WarningOverrideRepository(dsl);
    }

    public EnterpriseRepository enterprises() {
        return new EnterpriseRepository(dsl, summaries);
    }

    public PatentRepository patents() {
        return new PatentRepository(dsl, summaries);
    }

    public RdStaffRepository rdStaff() {
        return new RdStaffRepository(dsl, summaries);
    }

    public PeriodStatRepository periodStats() {
        return new PeriodStatRepository(dsl, summaries);
    }

    public StandardRepository standards() {
        return new StandardRepository(dsl);
    }

    public PlatformRepository platforms() {
        return new PlatformRepository(dsl);
    }

    public ProjectRepository projects() {
        return new ProjectRepository(dsl);
    }

    public ParkEventRepository events() {
        return new ParkEventRepository(dsl);
    }

    /** Batched inserts of many rows (demo, generated parks); one writer per transaction. */
    public org.ecopark.ledger.persistence.bulk.BulkWriter bulk() {
        return new org.ecopark.ledger.persistence.bulk.BulkWriter(dsl, summaries);
    }

    public org.ecopark.ledger.persistence.bulk.LedgerRecords records() {
        return new org.ecopark.ledger.persistence.bulk.LedgerRecords(dsl);
    }

    public ManualValueRepository manualValues() {
        return new ManualValueRepository(dsl);
    }

    public MilestoneEvidenceRepository milestoneEvidence() {
        return new MilestoneEvidenceRepository(dsl);
    }

    public IndicatorQueries indicatorQueries() {
        return new IndicatorQueries(dsl);
    }

    /** Indicator queries whose aggregates {@code cache} keeps until their tables change; one per evaluation. */
    public IndicatorQueries indicatorQueries(AggregateCache cache) {
        return new IndicatorQueries(dsl, cache);
    }

    public DrillDownQueries drillDowns() {
        return new DrillDownQueries(dsl);
    }

    public CollectionImportRepository collectionImports() {
        return new CollectionImportRepository(dsl);
    }

    public CollectedRecordsRepository collectedRecords() {
        return new CollectedRecordsRepository(dsl);
    }

    public SubmissionRepository submissions() {
        return new SubmissionRepository(dsl);
    }

    public PackageQueries packageQueries() {
        return new PackageQueries(dsl);
    }
}
