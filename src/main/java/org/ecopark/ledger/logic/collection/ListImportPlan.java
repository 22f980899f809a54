package org.ecopark.ledger.logic.collection;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The outcome of checking a list before anything is written; committed as a whole or not at all. */
public final class ListImportPlan {

    private final Path file;
    private final ListKind kind;
    private final String refusal;
    private final List<ImportProblem> problems;
    private final List<PlannedChange> changes;
    private final Map<ChangeKind, Integer> counts;
    private final int errorCount;
    private final int rowCount;
    final List<PlannedWrite> writes;

    ListImportPlan(Path file, ListKind kind, PlanBuilder plan) {
        this.file = file;
        this.kind = kind;
        this.refusal = null;
        this.problems = List.copyOf(plan.problems);
        this.changes = List.copyOf(plan.changes);
        this.counts = Map.copyOf(plan.counts);
        this.errorCount = plan.errors;
        this.rowCount = plan.rows;
        this.writes = List.copyOf(plan.writes);
    }

    ListImportPlan(Path file, ListKind kind, String refusal) {
        this.file = file;
        this.kind = kind;
        this.refusal = refusal;
        this.problems = List.of(ImportProblem.refusal(file.getFileName().toString(), refusal));
        this.changes = List.of();
        this.counts = Map.of();
        this.errorCount = 1;
        this.rowCount = 0;
        this.writes = List.of();
    }

    public Path file() {
        return file;
    }

    public ListKind kind() {
        return kind;
    }

    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    public boolean refused() {
        return errorCount > 0;
    }

    /** The problems, the errors capped for a very long list ({@link #errorCount} has them all). */
    public List<ImportProblem> problems() {
        return problems;
    }

    public int errorCount() {
        return errorCount;
    }

    public List<ImportProblem> warnings() {
        return problems.stream().filter(problem -> !problem.isError()).toList();
    }

    public List<PlannedChange> changes() {
        return changes;
    }

    public int count(ChangeKind kind) {
        return counts.getOrDefault(kind, 0);
    }

    /** The data rows read (the header row not counted). */
    public int rowCount() {
        return rowCount;
    }
}
