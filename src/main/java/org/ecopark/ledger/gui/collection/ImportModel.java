package org.ecopark.ledger.gui.collection;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.collection.ImportCancelledException;
import org.ecopark.ledger.logic.collection.ImportOptions;
import org.ecopark.ledger.logic.collection.ImportPlan;
import org.ecopark.ledger.logic.collection.ImportProblem;
import org.ecopark.ledger.logic.collection.ImportRejectedException;
import org.ecopark.ledger.logic.collection.ImportService;
import org.ecopark.ledger.logic.collection.PlannedChange;
import org.ecopark.ledger.logic.collection.ProblemReportWriter;
import org.ecopark.ledger.logic.records.NotOnDiskException;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.StatPeriod;

/**
 * The "import" tab: check the chosen files (nothing is written), show every problem and the preview of
 * changes, take an explanation for each warning, then commit the files that passed, each in its own
 * transaction. The report can be saved as a workbook to send back to an enterprise.
 */
public final class ImportModel {

    /** A line of the report table; a warning's explanation is typed into it. */
    public static final class ProblemRow {
        private final ImportProblem problem;
        private final StringProperty explanation = new SimpleStringProperty("");

        ProblemRow(ImportProblem problem) {
            this.problem = problem;
        }

        public ImportProblem problem() {
            return problem;
        }

        public StringProperty explanationProperty() {
            return explanation;
        }
    }

    private final ImportService imports;
    private final Park park;
    private final Supplier<StatPeriod> period;
    private final BackgroundWork work;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final BooleanProperty onlyPeriod = new SimpleBooleanProperty(true);
    private final ObservableList<ImportPlan> plans = FXCollections.observableArrayList();
    private final ObservableList<ProblemRow> problems = FXCollections.observableArrayList();
    private final ObservableList<PlannedChange> changes = FXCollections.observableArrayList();
    private final BooleanProperty hasReimport = new SimpleBooleanProperty(false);
    private final BooleanProperty replaceConfirmed = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> unexpected = new SimpleObjectProperty<>();

    ImportModel(ImportService imports, Park park, Supplier<StatPeriod> period, UiExecutor executor) {
        this.imports = imports;
        this.park = park;
        this.period = period;
        this.work = new BackgroundWork(executor);
    }

    /** Takes files and folders and checks them at once. */
    public void choose(List<Path> chosen) {
        files.setAll(chosen);
        analyse();
    }

    public void analyse() {
        List<Path> chosen = List.copyOf(files);
        ImportOptions options = new ImportOptions(park, onlyPeriod.get() ? period.get() : null);
        clear();
        work.start((progress, cancelled) -> imports.analyse(ImportService.expand(chosen), options, progress, cancelled),
                this::show, this::failed);
    }

    private void show(List<ImportPlan> checked) {
        plans.setAll(checked);
        List<ProblemRow> rows = new ArrayList<>();
        List<PlannedChange> preview = new ArrayList<>();
        for (ImportPlan plan : checked) {
            plan.problems().forEach(problem -> rows.add(new ProblemRow(problem)));
            if (!plan.refused()) {
                preview.addAll(plan.changes()); // a refused file changes nothing
            }
        }
        problems.setAll(rows);
        changes.setAll(preview);
        hasReimport.set(checked.stream().anyMatch(plan -> !plan.refused() && plan.isReimport()));
        long refused = checked.stream().filter(ImportPlan::refused).count();
        long warnings = rows.stream().filter(row -> !row.problem().isError()).count();
        report(I18n.tr("collection.gui.checked", checked.size(), checked.size() - refused, refused, warnings), refused > 0);
    }

    /** Commits every file that passed the checks; a file with an unexplained warning is left out and said so. */
    public void commit() {
        List<ImportPlan> committable = plans.stream().filter(plan -> !plan.refused()).toList();
        Map<ImportPlan, Map<String, String>> explanations = new LinkedHashMap<>();
        for (ImportPlan plan : committable) {
            Map<String, String> own = new LinkedHashMap<>();
            problems.stream().filter(row -> row.problem().file().equals(plan.fileName()) && row.problem().warningId() != null)
                    .forEach(row -> own.put(row.problem().warningId(), row.explanationProperty().get()));
            explanations.put(plan, own);
        }
        boolean replace = replaceConfirmed.get();
        List<String> outcome = new ArrayList<>();
        int[] imported = {0};
        work.start((progress, cancelled) -> {
            for (ImportPlan plan : committable) {
                try {
                    imports.commit(plan, explanations.get(plan), replace, progress, cancelled);
                    imported[0]++;
                } catch (ImportRejectedException | RecordWriteException e) {
                    outcome.add(e.getMessage());
                } catch (NotOnDiskException e) {
                    imported[0]++; // in the ledger, though the disk did not confirm it
                    outcome.add(plan.fileName() + "：" + e.getMessage());
                }
            }
            return outcome;
        }, messages -> {
            plans.clear();
            changes.clear();
            hasReimport.set(false);
            String text = I18n.tr("collection.gui.imported", imported[0]);
            report(messages.isEmpty() ? text : text + "\n" + String.join("\n", messages), !messages.isEmpty());
        }, error -> {
            if (error instanceof ImportCancelledException) {
                plans.clear();
                changes.clear();
                report(I18n.tr("collection.gui.importCancelled", imported[0]), true);
            } else {
                // the files committed before the failure stay imported: the message must not say nothing changed
                report(I18n.tr("collection.gui.importInterrupted", imported[0]), true);
                unexpected.set(error);
            }
        });
    }

    public void cancel() {
        work.cancel();
    }

    /** Saves the report (problems and preview) as a workbook. */
    public void saveReport(Path target) throws IOException {
        ProblemReportWriter.write(problems.stream().map(ProblemRow::problem).toList(), List.copyOf(changes), target);
        report(I18n.tr("collection.gui.reportSaved", target), false);
    }

    private void clear() {
        plans.clear();
        problems.clear();
        changes.clear();
        hasReimport.set(false);
        replaceConfirmed.set(false);
        report("", false);
    }

    private void failed(Throwable error) {
        if (error instanceof ImportCancelledException) {
            report(error.getMessage(), true);
        } else if (error instanceof IOException) {
            report(I18n.tr("collection.refused.unreadable", error.getMessage()), true);
        } else {
            report(I18n.tr("collection.gui.importFailed"), true);
            unexpected.set(error);
        }
    }

    private void report(String text, boolean error) {
        summary.set(text);
        failed.set(error);
    }

    /** Whether a commit can start: some file passed, nothing runs, and a re-import is confirmed if there is one. */
    public BooleanBinding canCommit() {
        return Bindings.createBooleanBinding(() -> !work.runningProperty().get()
                        && plans.stream().anyMatch(plan -> !plan.refused())
                        && (!hasReimport.get() || replaceConfirmed.get()),
                plans, work.runningProperty(), hasReimport, replaceConfirmed);
    }

    public ObservableList<Path> files() {
        return files;
    }

    public BooleanProperty onlyPeriodProperty() {
        return onlyPeriod;
    }

    public ObservableList<ImportPlan> plans() {
        return plans;
    }

    public ObservableList<ProblemRow> problems() {
        return problems;
    }

    public ObservableList<PlannedChange> changes() {
        return changes;
    }

    public BooleanProperty hasReimportProperty() {
        return hasReimport;
    }

    public BooleanProperty replaceConfirmedProperty() {
        return replaceConfirmed;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public ObjectProperty<Throwable> unexpectedProperty() {
        return unexpected;
    }

    BackgroundWork work() {
        return work;
    }
}
