package org.ecopark.ledger.logic.collection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.backup.BackupException;
import org.ecopark.ledger.logic.backup.BackupReason;
import org.ecopark.ledger.logic.backup.BeforeChange;
import org.ecopark.ledger.logic.records.AuditedWrites;
import org.ecopark.ledger.logic.records.RecordChange;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.ecopark.ledger.model.CollectionImport;
import org.ecopark.ledger.persistence.CollectionImportRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings enterprises' filled-in workbooks back: {@link #analyse} reads and checks files without writing
 * anything and says, per file, what is wrong and what would change; {@link #commit} then writes one
 * file's plan in one transaction, all or nothing. A file imported before (same SHA-256) is offered as a
 * re-import that replaces the earlier one, and needs confirming.
 */
public final class ImportService {

    private static final Logger LOGGER = LoggerFactory.getLogger(ImportService.class);

    /** The audit log's table name for imports. */
    public static final String TABLE = "collection_import";
    private static final List<String> WORKBOOK_SUFFIXES = List.of(".xlsx", ".xlsm", ".xls");

    private final RecordServices records;
    private final AuditedWrites writes;
    private final BeforeChange beforeChange;

    public ImportService(RecordServices records, BeforeChange beforeChange) {
        this.records = records;
        this.writes = records.writes();
        this.beforeChange = beforeChange;
    }

    /**
     * The files named, with a folder standing for the workbooks in it (by name). An entry of the folder named
     * like a workbook that is no file (a pipe, a folder) is listed too, to be refused in words rather than
     * passed over.
     */
    public static List<Path> expand(List<Path> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> listing = Files.list(path)) {
                    listing.filter(ImportService::looksLikeWorkbook)
                            .filter(file -> !file.getFileName().toString().startsWith("~$")) // Excel's lock files
                            .sorted().forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        return files;
    }

    /** Checks every file, writing nothing; a file that is refused does not stop the others. */
    public List<ImportPlan> analyse(List<Path> files, ImportOptions options, CollectionProgress progress,
                                    BooleanSupplier cancelled) {
        List<ImportPlan> plans = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            ImportCancelledException.check(cancelled);
            Path file = files.get(i);
            progress.update(i, files.size(), I18n.tr("collection.progress.checking", file.getFileName()));
            ImportPlan plan = analyse(file, options, cancelled);
            String twin = plan.sha256() == null ? null : seen.putIfAbsent(plan.sha256(), plan.fileName());
            if (twin != null) {
                plan = ImportPlan.refused(file, plan.sha256(),
                        new WorkbookRefusedException("collection.refused.sameInBatch", plan.fileName(), twin));
            }
            plans.add(plan);
        }
        progress.update(files.size(), files.size(), I18n.tr("collection.progress.checked", files.size()));
        return plans;
    }

    /**
     * Checks one file, writing nothing. Whatever is wrong with the file, it is refused on its own: the
     * others of the batch are judged as if it were not there.
     */
    public ImportPlan analyse(Path file, ImportOptions options, BooleanSupplier cancelled) {
        ImportPlan plan = judge(file, options, cancelled);
        if (plan.refusal().isPresent()) {
            LOGGER.info("Refused {} ({}): {}", plan.fileName(), plan.refusalKey().orElse(""), plan.refusal().get());
        } else if (plan.refused()) {
            LOGGER.info("Refused {}: {} cells in error", plan.fileName(),
                    plan.problems().stream().filter(ImportProblem::isError).count());
        }
        return plan;
    }

    private ImportPlan judge(Path file, ImportOptions options, BooleanSupplier cancelled) {
        String sha256 = null;
        try {
            InputFiles.check(file, SafeWorkbook.MAX_FILE_BYTES);
            sha256 = sha256(file);
            CollectionImport previous = writes.read().collectionImports().findBySha256(sha256).orElse(null);
            try (SafeWorkbook workbook = SafeWorkbook.open(file)) {
                TemplateReader.Data data = TemplateReader.read(workbook, TemplateSeal.of(writes.read()), cancelled);
                return new TemplateChecker(records, writes.read(), options).check(file, sha256, data, previous, cancelled);
            }
        } catch (WorkbookRefusedException e) {
            return ImportPlan.refused(file, sha256, e);
        } catch (IOException e) {
            return ImportPlan.refused(file, null,
                    new WorkbookRefusedException(e, "collection.refused.unreadable", InputFiles.name(file)));
        } catch (ImportCancelledException e) {
            throw e;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // a fault of the program, not of the file: logged in full, and the batch goes on without the file
            LOGGER.error("Checking {} failed", file, e);
            return ImportPlan.refused(file, sha256,
                    new WorkbookRefusedException(e, "collection.refused.failed", InputFiles.name(file)));
        }
    }

    /**
     * Writes a plan in one transaction: the import record, every new and changed value (audited), and the
     * explanations of the warnings.
     *
     * @param explanations   warning id -> explanation; every warning of the plan needs one
     * @param replaceEarlier the user confirmed that a re-import replaces the earlier import of the file
     * @throws ImportRejectedException  when the plan has errors, an unexplained warning or an unconfirmed re-import
     * @throws ImportCancelledException when cancelled; nothing was written
     * @throws RecordWriteException     when the database refused; nothing was written
     */
    public ImportResult commit(ImportPlan plan, Map<String, String> explanations, boolean replaceEarlier,
                               CollectionProgress progress, BooleanSupplier cancelled) {
        requireCommittable(plan, explanations);
        if (plan.isReimport() && !replaceEarlier) {
            throw new ImportRejectedException(I18n.tr("collection.commit.reimport", plan.fileName(),
                    when(plan.previous().orElseThrow().importedAt())));
        }
        TemplateMeta meta = plan.meta().orElseThrow();
        if (plan.isReimport()) {
            backUpBeforeReplacing(plan);
        }
        try {
            return writes.inTransaction(tx -> {
                CollectionImportRepository imports = tx.repositories().collectionImports();
                Optional<CollectionImport> earlier = imports.findBySha256(plan.sha256());
                if (earlier.isPresent() && !replaceEarlier) {
                    throw new ImportRejectedException(I18n.tr("collection.commit.reimport", plan.fileName(),
                            when(earlier.get().importedAt())));
                }
                CollectionImport entry = new CollectionImport(earlier.map(CollectionImport::id).orElse(0L), plan.sha256(),
                        truncate(plan.fileName(), 255), plan.parkId, plan.enterpriseId, meta.periodCode(), meta.version(),
                        plan.rowCount, null, tx.user(), null);
                CollectionImport stored;
                RecordChange logged;
                if (earlier.isPresent()) {
                    stored = imports.update(entry);
                    logged = tx.updated(TABLE, stored.id(), earlier.get(), stored);
                } else {
                    stored = imports.insert(entry);
                    logged = tx.inserted(TABLE, stored.id(), stored);
                }
                // the file's one audit entry: the figures it writes are audited under it, each with its old value
                ImportWriter writer = new ImportWriter(tx, cancelled, progress, stored.id(), logged.auditId());
                writer.write(plan.writes, explanations, I18n.tr("collection.progress.writing", plan.fileName()));
                ImportCancelledException.check(cancelled);
                return new ImportResult(plan.fileName(), stored.id(), writer.inserted, writer.updated, earlier.isPresent());
            });
        } catch (RecordWriteException e) {
            if (e.getCause() instanceof ImportCancelledException cancel) {
                throw cancel;
            }
            if (e.getCause() instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw e;
        }
    }

    /** The earlier import's values are about to be replaced: a backup first, or no import. */
    private void backUpBeforeReplacing(ImportPlan plan) {
        try {
            beforeChange.before(BackupReason.BEFORE_IMPORT);
        } catch (BackupException e) {
            throw new ImportRejectedException(I18n.tr("collection.commit.noBackup", plan.fileName(), e.getMessage()));
        }
    }

    /** The park's imports, latest first. */
    public List<CollectionImport> history(long parkId) {
        return writes.read().collectionImports().findByPark(parkId);
    }

    /** Refuses a plan with errors or with a warning that has no explanation. */
    static void requireCommittable(ImportPlan plan, Map<String, String> explanations) {
        if (plan.refused()) {
            String reason = plan.refusal().orElseGet(() -> I18n.tr("collection.commit.errors", plan.fileName(),
                    plan.problems().stream().filter(ImportProblem::isError).count()));
            throw new ImportRejectedException(reason);
        }
        for (ImportProblem warning : plan.warnings()) {
            String text = explanations.get(warning.warningId());
            if (text == null || text.isBlank()) {
                throw new ImportRejectedException(I18n.tr("collection.commit.unexplained", warning.sheet(), warning.cell(),
                        warning.reason()));
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JRE has SHA-256", e);
        }
    }

    /** An import's time as the user reads it: local date and minute. */
    static String when(java.time.Instant instant) {
        return instant == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    private static boolean looksLikeWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return WORKBOOK_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
