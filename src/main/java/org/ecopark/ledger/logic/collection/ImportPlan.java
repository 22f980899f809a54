package org.ecopark.ledger.logic.collection;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ecopark.ledger.model.CollectionImport;
import org.ecopark.ledger.model.StatPeriod;

/**
 * The outcome of checking one file, before anything is written: why it is refused (if it is), every
 * problem by sheet and cell, and the preview of what committing it would change. A plan is committed
 * as a whole or not at all.
 */
public final class ImportPlan {

    private final Path file;
    private final String sha256;
    private final TemplateMeta meta;
    private final String refusal;
    private final String refusalKey;
    private final List<ImportProblem> problems;
    private final List<PlannedChange> changes;
    private final Map<ChangeKind, Integer> counts;
    private final CollectionImport previous;
    final List<PlannedWrite> writes;
    final long parkId;
    final long enterpriseId;
    final StatPeriod period;
    final int rowCount;

    ImportPlan(Path file, String sha256, TemplateMeta meta, PlanBuilder plan, CollectionImport previous, long parkId,
               long enterpriseId, StatPeriod period) {
        this.file = file;
        this.sha256 = sha256;
        this.meta = meta;
        this.refusal = null;
        this.refusalKey = null;
        this.problems = List.copyOf(plan.problems);
        this.changes = List.copyOf(plan.changes);
        this.counts = Map.copyOf(plan.counts);
        this.previous = previous;
        this.writes = List.copyOf(plan.writes);
        this.parkId = parkId;
        this.enterpriseId = enterpriseId;
        this.period = period;
        this.rowCount = plan.rows;
    }

    private ImportPlan(Path file, String sha256, WorkbookRefusedException refused) {
        this.file = file;
        this.sha256 = sha256;
        this.meta = null;
        this.refusal = refused.getMessage();
        this.refusalKey = refused.messageKey();
        this.problems = List.of(ImportProblem.refusal(fileName(file), refused.getMessage()));
        this.changes = List.of();
        this.counts = Map.of();
        this.previous = null;
        this.writes = List.of();
        this.parkId = 0;
        this.enterpriseId = 0;
        this.period = null;
        this.rowCount = 0;
    }

    static ImportPlan refused(Path file, String sha256, WorkbookRefusedException refused) {
        return new ImportPlan(file, sha256, refused);
    }

    public Path file() {
        return file;
    }

    public String fileName() {
        return fileName(file);
    }

    /** The file's SHA-256, lower-case hex; null when it could not be read at all. */
    public String sha256() {
        return sha256;
    }

    /** What the workbook's hidden sheet says it is; empty when it was refused before that was known. */
    public Optional<TemplateMeta> meta() {
        return Optional.ofNullable(meta);
    }

    /** Why the whole file is refused; empty when only its cells are judged. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** The message key of the refusal, for tests and grouping. */
    public Optional<String> refusalKey() {
        return Optional.ofNullable(refusalKey);
    }

    /** Whether the file may not be committed: refused as a whole, or an error in a cell. */
    public boolean refused() {
        return refusal != null || problems.stream().anyMatch(ImportProblem::isError);
    }

    /** Every problem; a refusal of the whole file is one problem without sheet and cell. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** The warnings; each needs an explanation (by its warning id) before the file may be committed. */
    public List<ImportProblem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    /** The preview, capped for very large files ({@link #count} has the full numbers). */
    public List<PlannedChange> changes() {
        return changes;
    }

    public int count(ChangeKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** The earlier import of the same file (same SHA-256), which committing this one would replace. */
    public Optional<CollectionImport> previous() {
        return Optional.ofNullable(previous);
    }

    public boolean isReimport() {
        return previous != null;
    }

    public int rowCount() {
        return rowCount;
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
