package org.ecopark.ledger.logic;

import java.nio.file.Path;
import java.time.Clock;
import org.ecopark.ledger.logic.backup.BackupService;
import org.ecopark.ledger.logic.backup.BeforeChange;
import org.ecopark.ledger.logic.catalog.CatalogService;
import org.ecopark.ledger.logic.catalog.TargetService;
import org.ecopark.ledger.logic.records.AuditedWrites;
import org.ecopark.ledger.logic.records.DateRules;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;

/**
 * The services over one open ledger database, built by constructor injection. The window and the
 * command line use the same instances; closing them closes the database.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final UnitOfWork unitOfWork;
    private final ParkService parkService;
    private final TargetService targetService;
    private final RecordServices recordServices;

    private final DateRules dates;
    /** What the bureau's steps take the time of day from. */
    private final Clock clock;
    /** Who the audit log names for this ledger's changes ({@link AuditedWrites#userOf}). */
    private final String user;
    /** The ledger's signing key, made at the first start of a ledger (and of this version on an older one). */
    private final org.ecopark.ledger.logic.signing.SigningKeys signingKeys;
    private final BackupService backupService;
    /** What a change that replaces or deletes records asks first: a backup. */
    private final BeforeChange beforeChange;
    /** Removes the note beside the ledger of who holds it open ({@link LedgerOwners}); nothing for an in-memory one. */
    private Runnable releaseOwner = () -> { };
    /** Stops watching for other clerks' commits ({@link #followOtherWriters}); nothing until then. */
    private Runnable stopFollowing = () -> { };

    /** One for the ledger: it keeps computed aggregates until the records change. */
    private final org.ecopark.ledger.logic.indicators.EvaluationService evaluationService;

    /** The services of the program: "today" is the computer's date. */
    public Services(Database database) {
        this(database, Clock.systemDefaultZone());
    }

    /**
     * @param clock what every check takes "today" from (a date that has happened, a period that has ended);
     *              the one place the program reads the date for its rules, fixed in tests
     */
    public Services(Database database, Clock clock) {
        this(database, clock, true);
    }

    /**
     * @param automaticBackups whether the ledger is backed up before changes that replace or delete records; off only
     *                         for a ledger opened to be checked (a backup being restored)
     */
    private Services(Database database, Clock clock, boolean automaticBackups) {
        this.database = database;
        this.user = AuditedWrites.userOf(database);
        this.unitOfWork = new UnitOfWork(database);
        var read = unitOfWork.read();
        this.parkService = new ParkService(read.parks(), read.settings());
        this.backupService = new BackupService(database, unitOfWork, clock);
        this.beforeChange = automaticBackups ? backupService : BeforeChange.NONE;
        // first run loads the shipped plans, a newer release upgrades them
        new CatalogService(unitOfWork, beforeChange).installOrUpgrade();
        this.targetService = new TargetService(unitOfWork);
        this.dates = new DateRules(clock);
        this.clock = clock;
        this.signingKeys = new org.ecopark.ledger.logic.signing.SigningKeys(unitOfWork);
        signingKeys.ensureMade();
        this.recordServices = new RecordServices(unitOfWork, user, dates);
        this.evaluationService = new org.ecopark.ledger.logic.indicators.EvaluationService(unitOfWork,
                user);
    }

    public static Services open(Path databasePath) {
        return open(databasePath, null, LedgerHolder.program(), Clock.systemDefaultZone());
    }

    /** Opens a ledger whose checks take "today" from {@code clock}. */
    public static Services open(Path databasePath, Clock clock) {
        return open(databasePath, null, LedgerHolder.program(), clock);
    }

    /**
     * Opens the ledger at {@code databasePath} for {@code holder}, who is named beside it while it is open so that a
     * second window or a command refused by it can say who has it.
     *
     * @param password the ledger's password: an encrypted ledger opens only with it, a new one is encrypted under it;
     *                 null for none
     * @throws org.ecopark.ledger.persistence.DatabaseException naming the fault ({@link LedgerFaults}) when it cannot
     *                                                          be opened
     */
    public static Services open(Path databasePath, LedgerPassword password, LedgerHolder holder) {
        return open(databasePath, password, holder, Clock.systemDefaultZone());
    }

    private static Services open(Path databasePath, LedgerPassword password, LedgerHolder holder, Clock clock) {
        Database database = Database.open(databasePath, password == null ? null : password.key());
        Runnable release = database.readOnly() ? () -> { } : LedgerOwners.claim(database.file(), holder);
        try {
            Services services = new Services(database, clock);
            services.releaseOwner = release;
            return services;
        } catch (RuntimeException e) {
            // a ledger the services cannot start on (read-only and in need of the new plan catalog) is not kept open
            release.run();
            closeQuietly(database, e);
            throw e;
        }
    }

    /**
     * Opens the ledger in the PostgreSQL database {@code server} names, as its user with {@code password} (used for
     * this connection only, never kept). A database without the ledger's schema gets it; an older schema is upgraded.
     * Backups of a server's database are the server's business: none is made here.
     *
     * @throws org.ecopark.ledger.persistence.DatabaseException naming the fault ({@link LedgerFaults}): the server does
     *                                                          not answer, refused the user, or holds a newer schema
     */
    public static Services openServer(org.ecopark.ledger.model.ServerAddress server, char[] password) {
        Database database = Database.openServer(server, password);
        try {
            return new Services(database, Clock.systemDefaultZone(), false);
        } catch (RuntimeException e) {
            closeQuietly(database, e);
            throw e;
        }
    }

    private static void closeQuietly(Database database, RuntimeException cause) {
        try {
            database.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /** Whether the ledger at {@code databasePath} is encrypted, so needs its password to open. */
    public static boolean encrypted(Path databasePath) {
        return org.ecopark.ledger.persistence.LedgerFiles.isEncrypted(fileOf(databasePath));
    }

    /** The ledger's file: {@code databasePath} with H2's ending. */
    public static Path fileOf(Path databasePath) {
        String name = databasePath.toAbsolutePath().normalize().toString();
        return Path.of(name.endsWith(".mv.db") ? name : name + ".mv.db");
    }

    /** Opens a ledger to be read or checked, not worked in: nothing it does makes a backup (a backup being restored). */
    public static Services openWithoutBackups(Path databasePath, Clock clock) {
        return openWithoutBackups(databasePath, null, clock);
    }

    /** As {@link #openWithoutBackups(Path, Clock)}, for a file encrypted with {@code key} (null for none). */
    public static Services openWithoutBackups(Path databasePath, org.ecopark.ledger.persistence.LedgerKey key, Clock clock) {
        return new Services(Database.open(databasePath, key), clock, false);
    }

    public ParkService parks() {
        return parkService;
    }

    public TargetService targets() {
        return targetService;
    }

    /** Enterprises, patents, statistics and the other records, audited as the ledger's user ({@link AuditedWrites#userOf}). */
    public RecordServices records() {
        return recordServices;
    }

    /** The first steps of a new park, and the guide through them; stateless, so made on demand. */
    public FirstStepsService firstSteps() {
        return new FirstStepsService(unitOfWork, database.readOnly());
    }

    /** Loads the demo park (ZZSZ) that ships with the program; stateless, so made on demand. */
    public org.ecopark.ledger.logic.demo.DemoService demo() {
        return new org.ecopark.ledger.logic.demo.DemoService(unitOfWork, parkService, beforeChange);
    }

    /** Makes this empty ledger the demo city bureau, with its parks' packages made for real; made on demand. */
    public org.ecopark.ledger.logic.demo.DemoBureau demoBureau() {
        return new org.ecopark.ledger.logic.demo.DemoBureau(this, unitOfWork, clock);
    }

    /** Generates large synthetic parks for benchmarks. */
    public org.ecopark.ledger.logic.demo.SyntheticParkGenerator generator() {
        return new org.ecopark.ledger.logic.demo.SyntheticParkGenerator(unitOfWork, beforeChange);
    }

    /** Evaluates targets (dashboard, detail, status command); takes manual values and milestone evidence. */
    public org.ecopark.ledger.logic.indicators.EvaluationService evaluation() {
        return evaluationService;
    }

    /** Collection workbooks (generate, import) and list imports; stateless, so made on demand. */
    public org.ecopark.ledger.logic.collection.CollectionServices collection() {
        return new org.ecopark.ledger.logic.collection.CollectionServices(recordServices, beforeChange);
    }

    /** Submission packages: export, history, verification, the remembered signature block. */
    public org.ecopark.ledger.logic.submission.SubmissionService submissions() {
        return new org.ecopark.ledger.logic.submission.SubmissionService(unitOfWork, evaluation(), user,
                signingKeys);
    }

    /**
     * Calls {@code listener} after every commit that wrote to the ledger, whichever service or command wrote it,
     * with the tables written; on the committing thread. The returned action stops the calls.
     */
    public Runnable onChange(java.util.function.Consumer<org.ecopark.ledger.model.LedgerChange> listener) {
        return unitOfWork.changes().subscribe(listener);
    }

    /**
     * For a ledger on a server, which other clerks write too: announces their commits to {@link #onChange} listeners
     * as well, within a few seconds ({@link org.ecopark.ledger.persistence.OtherWriters}), until these services close.
     * Nothing for a ledger file, which only this program writes while it is open.
     */
    public synchronized void followOtherWriters() {
        if (database.server().isEmpty()) {
            return;
        }
        stopFollowing.run();
        var watch = org.ecopark.ledger.persistence.OtherWriters.watch(database,
                org.ecopark.ledger.persistence.OtherWriters.EVERY);
        stopFollowing = watch::close;
    }

    /** The ledger's role (a park's or a city bureau's) and a bureau's parks; stateless, so made on demand. */
    public org.ecopark.ledger.logic.bureau.BureauService bureau() {
        return new org.ecopark.ledger.logic.bureau.BureauService(unitOfWork, user, clock);
    }

    /** The parks' keys a bureau ledger registered. */
    public org.ecopark.ledger.logic.bureau.ParkKeys parkKeys() {
        return new org.ecopark.ledger.logic.bureau.ParkKeys(unitOfWork, user, clock);
    }

    /** A bureau ledger's receiving of the parks' packages. */
    public org.ecopark.ledger.logic.bureau.PackageIntake packageIntake() {
        return new org.ecopark.ledger.logic.bureau.PackageIntake(unitOfWork, user, clock);
    }

    /** A bureau ledger's sending a package back to its park with a signed return note. */
    public org.ecopark.ledger.logic.bureau.PackageReturn packageReturn() {
        return new org.ecopark.ledger.logic.bureau.PackageReturn(unitOfWork, signingKeys, user, clock);
    }

    /** A park ledger's taking in of the bureau's return notes. */
    public org.ecopark.ledger.logic.bureau.ReturnNoteImport returnNotes() {
        return new org.ecopark.ledger.logic.bureau.ReturnNoteImport(unitOfWork, user);
    }

    /** A bureau's matrix of every park × target for a period, from the accepted packages. */
    public org.ecopark.ledger.logic.bureau.Consolidation consolidation() {
        return new org.ecopark.ledger.logic.bureau.Consolidation(unitOfWork);
    }

    /** A bureau's received packages opened: their facts, their zip, the records of one data.json table. */
    public org.ecopark.ledger.logic.bureau.PackageRecords packageRecords() {
        return new org.ecopark.ledger.logic.bureau.PackageRecords(unitOfWork);
    }

    /** A bureau's figures across its parks: sums, ratios of sums and milestones counted, per indicator. */
    public org.ecopark.ledger.logic.bureau.CrossParkFigures crossParkFigures() {
        return new org.ecopark.ledger.logic.bureau.CrossParkFigures(unitOfWork);
    }

    /** What a bureau's parks contribute to the province's and the clusters' targets. */
    public org.ecopark.ledger.logic.bureau.ProvinceContributions provinceContributions() {
        return new org.ecopark.ledger.logic.bureau.ProvinceContributions(unitOfWork);
    }

    /** A bureau's consolidated report of a period: workbook and PDF for the province. */
    public org.ecopark.ledger.logic.bureau.BureauReport bureauReport() {
        return new org.ecopark.ledger.logic.bureau.BureauReport(unitOfWork, signingKeys, clock);
    }

    /** Which park of a bureau sent what for a period. */
    public org.ecopark.ledger.logic.bureau.SubmissionStatus submissionStatus() {
        return new org.ecopark.ledger.logic.bureau.SubmissionStatus(unitOfWork);
    }

    /** What a park's re-submission changed against the package it replaced. */
    public org.ecopark.ledger.logic.bureau.ResubmissionDiff resubmissionDiff() {
        return new org.ecopark.ledger.logic.bureau.ResubmissionDiff(unitOfWork);
    }

    /** A bureau ledger's plan files sent to its parks, and which plan each park reports against. */
    public org.ecopark.ledger.logic.bureau.PlanDistributions planDistributions() {
        return new org.ecopark.ledger.logic.bureau.PlanDistributions(unitOfWork, planFiles(), user, clock);
    }

    /** The ledger's own signing key: its fingerprint and public key file. */
    public org.ecopark.ledger.logic.signing.SigningKeys signingKeys() {
        return signingKeys;
    }

    /** Plan files: a plan of this ledger written signed, and plan files from elsewhere previewed and imported. */
    public org.ecopark.ledger.logic.catalog.PlanFileService planFiles() {
        return new org.ecopark.ledger.logic.catalog.PlanFileService(unitOfWork, signingKeys, beforeChange);
    }

    /** The ledger check: derived data and shown figures against the records, and their repair. */
    public org.ecopark.ledger.logic.check.LedgerCheckService check() {
        return new org.ecopark.ledger.logic.check.LedgerCheckService(unitOfWork, evaluationService, user,
                dates::today);
    }

    /**
     * Copies this ledger, as committed when the copy starts reading, to a new file or an empty server database
     * (文件 → 复制台账); the ledger stays open and unchanged.
     */
    public org.ecopark.ledger.logic.copy.LedgerCopyResult copyTo(org.ecopark.ledger.logic.copy.LedgerLocation to,
                                                                 org.ecopark.ledger.logic.copy.CopyProgress progress) {
        String name = database.server().map(Object::toString).orElseGet(() -> String.valueOf(database.file()));
        return new org.ecopark.ledger.logic.copy.LedgerCopyService().copyOpen(database, name, to, progress);
    }

    /** The ledger's backups: by hand, on close, before changes; the list, the settings, the restore. */
    public BackupService backups() {
        return backupService;
    }

    /**
     * What a change that replaces or deletes records calls first, with its reason: a backup of the ledger as it is, or
     * nothing for a ledger opened without backups. When it throws, the change must not go ahead. A plan imported from a
     * file passes through {@code CatalogService.installOrUpgrade}, which asks it already before it rewrites a plan.
     */
    public BeforeChange beforeChange() {
        return beforeChange;
    }

    /** Rows per record table (lower-case table names), as a backup's label counts them. */
    public java.util.Map<String, Integer> recordCounts() {
        return unitOfWork.read().records().counts();
    }

    /** Whether opening the ledger created its schema, in a database that had none (an empty server database). */
    public boolean schemaCreated() {
        return database.schemaCreated();
    }

    /** The server the ledger lives on, when it is on one (then {@link #databaseFile()} is null). */
    public java.util.Optional<org.ecopark.ledger.model.ServerAddress> server() {
        return database.server();
    }

    /** The database file, for the status bar; null for an in-memory ledger or one on a server. */
    public Path databaseFile() {
        return database.file();
    }

    public String schemaVersion() {
        return database.schemaVersion();
    }

    /** The transaction runner the services share; for services added by features. */
    UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    /** After a bulk write: the database file is compacted when these services close (slow, thorough). */
    public void compactOnClose() {
        database.compactOnClose();
    }

    /** Whether the ledger was opened read-only (its file may not be written): it can be read, every change fails. */
    public boolean readOnly() {
        return database.readOnly();
    }

    /** Whether the ledger is encrypted with a password. */
    public boolean encrypted() {
        return database.encrypted();
    }

    /**
     * Calls {@code listener}, once, when a failure of the file (a full disk, a share gone) stopped the ledger: what
     * was not yet in the file is lost and it must be opened again. The listener gets the failure, for
     * {@link LedgerFaults#message}; it runs on the thread that met it.
     */
    public Runnable onStopped(java.util.function.Consumer<RuntimeException> listener) {
        return database.onStopped(listener::accept);
    }

    @Override
    public void close() {
        try {
            stopFollowing.run();
            database.close();
        } finally {
            releaseOwner.run();
        }
    }
}
