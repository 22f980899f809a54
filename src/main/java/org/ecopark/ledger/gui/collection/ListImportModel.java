package org.ecopark.ledger.gui.collection;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.ecopark.ledger.logic.collection.ChangeKind;
import org.ecopark.ledger.logic.collection.ImportCancelledException;
import org.ecopark.ledger.logic.collection.ImportProblem;
import org.ecopark.ledger.logic.collection.ImportRejectedException;
import org.ecopark.ledger.logic.collection.ListImportPlan;
import org.ecopark.ledger.logic.collection.ListImportService;
import org.ecopark.ledger.logic.collection.ListKind;
import org.ecopark.ledger.logic.collection.ListPreview;
import org.ecopark.ledger.logic.collection.WorkbookRefusedException;
import org.ecopark.ledger.logic.records.NotOnDiskException;
import org.ecopark.ledger.logic.records.RecordWriteException;
import org.ecopark.ledger.model.Park;

/**
 * The "list import" tab: a file, the kind of record, a sheet, the mapping of fields to columns on a
 * preview of the first rows; then check every row and import the whole list at once.
 */
public final class ListImportModel {

    /** One field of the mapping grid and the column chosen for it (null: not imported). */
    public static final class Mapping {
        private final String field;
        private final ObjectProperty<Integer> column = new SimpleObjectProperty<>();

        Mapping(String field) {
            this.field = field;
        }

        public String field() {
            return field;
        }

        public ObjectProperty<Integer> columnProperty() {
            return column;
        }
    }

    private final ListImportService lists;
    private final Park park;
    private final BackgroundWork work;
    private final ObjectProperty<ListKind> kind = new SimpleObjectProperty<>(ListKind.ENTERPRISE);
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final ObservableList<String> sheets = FXCollections.observableArrayList();
    private final ObjectProperty<String> sheet = new SimpleObjectProperty<>();
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<Mapping> mapping = FXCollections.observableArrayList();
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final ObjectProperty<ListImportPlan> plan = new SimpleObjectProperty<>();
    private final StringProperty explanation = new SimpleStringProperty("");
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ObjectProperty<Throwable> unexpected = new SimpleObjectProperty<>();
    private boolean loading;

    ListImportModel(ListImportService lists, Park park, UiExecutor executor) {
        this.lists = lists;
        this.park = park;
        this.work = new BackgroundWork(executor);
        kind.addListener((obs, old, now) -> remap(ListImportService.guess(now, headers)));
        sheet.addListener((obs, old, now) -> {
            if (!loading && now != null) {
                preview();
            }
        });
        remap(Map.of());
    }

    public void choose(Path chosen) {
        file.set(chosen);
        loading = true;
        sheet.set(null);
        loading = false;
        preview();
    }

    private void preview() {
        Path chosen = file.get();
        if (chosen == null) {
            return;
        }
        String wanted = sheet.get();
        ListKind current = kind.get();
        plan.set(null);
        problems.clear();
        report("", false);
        work.start((progress, cancelled) -> lists.preview(chosen, wanted, current), this::show, this::failed);
    }

    private void show(ListPreview preview) {
        loading = true;
        sheets.setAll(preview.sheets());
        sheet.set(preview.sheet());
        loading = false;
        headers.setAll(preview.headers());
        rows.setAll(preview.rows());
        remap(preview.guessed());
    }

    private void remap(Map<String, Integer> guessed) {
        List<Mapping> fields = new ArrayList<>();
        for (String field : kind.get().fields()) {
            Mapping row = new Mapping(field);
            row.columnProperty().set(guessed.get(field));
            fields.add(row);
        }
        mapping.setAll(fields);
        plan.set(null);
    }

    /** Reads and checks every row; writes nothing. */
    public void check() {
        Path chosen = file.get();
        if (chosen == null) {
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        mapping.forEach(row -> columns.put(row.field(), row.columnProperty().get()));
        String wanted = sheet.get();
        ListKind current = kind.get();
        problems.clear();
        work.start((progress, cancelled) -> lists.analyse(chosen, wanted, current, columns, park, progress, cancelled),
                checked -> {
                    plan.set(checked);
                    problems.setAll(checked.problems());
                    report(checked.refusal().orElseGet(() -> I18n.tr("collection.gui.listChecked", checked.rowCount(),
                            checked.count(ChangeKind.NEW), checked.count(ChangeKind.CHANGED),
                            checked.count(ChangeKind.UNCHANGED), checked.errorCount(), checked.warnings().size())),
                            checked.refused());
                }, this::failed);
    }

    /** Writes the checked list in one transaction. */
    public void commit() {
        ListImportPlan checked = plan.get();
        if (checked == null) {
            return;
        }
        String text = explanation.get();
        work.start((progress, cancelled) -> lists.commit(checked, text, progress, cancelled), result -> {
            plan.set(null);
            report(I18n.tr("collection.gui.listImported", result.inserted(), result.updated()), false);
        }, this::failed);
    }

    public void cancel() {
        work.cancel();
    }

    private void failed(Throwable error) {
        if (error instanceof ImportCancelledException || error instanceof ImportRejectedException
                || error instanceof WorkbookRefusedException || error instanceof RecordWriteException
                || error instanceof NotOnDiskException) {
            report(error.getMessage(), true);
        } else if (error instanceof java.io.IOException) {
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

    public BooleanBinding canCommit() {
        return Bindings.createBooleanBinding(() -> plan.get() != null && !plan.get().refused()
                && !work.runningProperty().get(), plan, work.runningProperty());
    }

    public ObjectProperty<ListKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Path> fileProperty() {
        return file;
    }

    public ObservableList<String> sheets() {
        return sheets;
    }

    public ObjectProperty<String> sheetProperty() {
        return sheet;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<List<String>> rows() {
        return rows;
    }

    public ObservableList<Mapping> mapping() {
        return mapping;
    }

    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    public ObjectProperty<ListImportPlan> planProperty() {
        return plan;
    }

    public StringProperty explanationProperty() {
        return explanation;
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
