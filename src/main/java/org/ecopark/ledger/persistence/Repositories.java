package org.ecopark.ledger.persistence;

import org.jooq.DSLContext;

/** Every repository over one connection or transaction; repositories are cheap, so they are made on demand. */
public final class Repositories {

    private final DSLContext dsl;
    /** The figures' change notes kept in memory for this unit of work; null outside one (the trigger notes all). */
    private final FigureNotes notes;

    Repositories(DSLContext dsl) {
        this(dsl, null);
    }

    Repositories(DSLContext dsl, FigureNotes notes) {
        this.dsl = dsl;
        this.notes = notes;
    }

    /** The data derived from the records (park sums, spans), which takes in what the database noted as changed. */
    public IndicatorSummaries summaries() {
        return new IndicatorSummaries(dsl, notes);
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

    /** Row locks held until this transaction ends. */
    public RowLocks locks() {
        return new RowLocks(dsl);
    }

    public AuditRepository audit() {
        return new AuditRepository(dsl);
    }

    public AuditedFigures auditedFigures() {
        return new AuditedFigures(dsl);
    }

    public WarningOverrideRepository warningOverrides() {
        return new WarningOverrideRepository(dsl);
    }

    public EnterpriseRepository enterprises() {
        return new EnterpriseRepository(dsl);
    }

    public PatentRepository patents() {
        return new PatentRepository(dsl);
    }

    public RdStaffRepository rdStaff() {
        return new RdStaffRepository(dsl);
    }

    public PeriodStatRepository periodStats() {
        return new PeriodStatRepository(dsl, notes);
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
        return new org.ecopark.ledger.persistence.bulk.BulkWriter(dsl);
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

    /** Indicator queries over the records alone, no park sums and no cache: the reference for the ledger check. */
    public IndicatorQueries indicatorQueriesFromRecords() {
        return IndicatorQueries.fromRecords(dsl);
    }

    /** The derived data compared with a recomputation from the records. */
    public DerivedDataCheck derivedDataCheck() {
        return new DerivedDataCheck(dsl);
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

    /** A bureau ledger's registered park keys. */
    public ParkKeyRepository parkKeys() {
        return new ParkKeyRepository(dsl);
    }

    /** A bureau ledger's received packages. */
    public ReceivedPackageRepository receivedPackages() {
        return new ReceivedPackageRepository(dsl);
    }

    /** The plan files a bureau ledger sent to its parks. */
    public PlanDistributionRepository planDistributions() {
        return new PlanDistributionRepository(dsl);
    }

    public PackageQueries packageQueries() {
        return new PackageQueries(dsl);
    }
}
