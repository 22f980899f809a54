package org.ecopark.ledger.logic.collection;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ecopark.ledger.logic.records.Problem;
import org.ecopark.ledger.logic.validation.Severity;

/**
 * Collects what checking a file finds: problems, the preview of changes and the writes a commit will
 * make. A list of 100,000 rows must not make 100,000 lines on screen, so the shown problems and changes
 * are capped; the counts are not.
 */
final class PlanBuilder {

    static final int SHOWN = 5_000;

    final String file;
    final List<ImportProblem> problems = new ArrayList<>();
    final List<PlannedChange> changes = new ArrayList<>();
    final List<PlannedWrite> writes = new ArrayList<>();
    final Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    int errors;
    int warnings;
    int rows;

    PlanBuilder(String file) {
        this.file = file;
        for (ChangeKind kind : ChangeKind.values()) {
            counts.put(kind, 0);
        }
    }

    void error(String sheet, String cell, String reason) {
        add(new ImportProblem(file, sheet, cell, Severity.ERROR, reason, null));
    }

    /** A record validation's finding at a cell; a warning gets the id its explanation is given under. */
    ImportProblem problem(String sheet, String cell, Problem problem) {
        ImportProblem found = new ImportProblem(file, sheet, cell, problem.severity(), problem.message(),
                problem.isError() ? null : sheet + "!" + cell);
        add(found);
        return found;
    }

    void add(ImportProblem problem) {
        if (problem.isError()) {
            errors++;
        } else {
            warnings++;
        }
        // every warning is kept: each needs its explanation, and a commit checks them all
        if (!problem.isError() || problems.size() < SHOWN) {
            problems.add(problem);
        }
    }

    void change(PlannedChange change) {
        change(change.kind(), () -> change);
    }

    /** Counts a change; builds its preview line (translated texts) only while the preview has room. */
    void change(ChangeKind kind, java.util.function.Supplier<PlannedChange> line) {
        counts.merge(kind, 1, Integer::sum);
        if (changes.size() < SHOWN) {
            changes.add(line.get());
        }
    }

    void write(PlannedWrite write) {
        writes.add(write);
    }

    boolean hasErrors() {
        return errors > 0;
    }
}
