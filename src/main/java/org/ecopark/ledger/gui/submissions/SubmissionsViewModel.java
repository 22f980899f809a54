package org.ecopark.ledger.gui.submissions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.ecopark.ledger.gui.SectionMemory;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.ExportCancelledException;
import org.ecopark.ledger.logic.submission.ExportRequest;
import org.ecopark.ledger.logic.submission.PackageException;
import org.ecopark.ledger.logic.submission.PackageVerifier;
import org.ecopark.ledger.logic.submission.ReportPeriod;
import org.ecopark.ledger.logic.submission.SignatureBlock;
import org.ecopark.ledger.logic.submission.SubmissionService;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Submission;

/**
 * The Submissions section: which period to report (a quarter, a year or the whole plan), the as-of date,
 * the signature block (remembered per park), the staff-names choice, recipient and note; the export as a
 * background task with progress and cancel; the history; and checking a package file.
 */
public final class SubmissionsViewModel {

    /** The periods the screen offers; months are reported through the command line only. */
    public enum PeriodKind {
        QUARTER,
        YEAR,
        PLAN
    }

    private final SubmissionService service;
    private final Park park;
    private final UiExecutor executor;
    private final Supplier<LocalDate> today;
    private final ReportPeriod plan;

    private final ObjectProperty<PeriodKind> kind = new SimpleObjectProperty<>(PeriodKind.YEAR);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> quarter = new SimpleObjectProperty<>(1);
    private final ObjectProperty<LocalDate> asOf = new SimpleObjectProperty<>();
    private final StringProperty unitHead = new SimpleStringProperty("");
    private final StringProperty statisticsHead = new SimpleStringProperty("");
    private final StringProperty preparer = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> reportDate = new SimpleObjectProperty<>();
    private final BooleanProperty staffNames = new SimpleBooleanProperty(false);
    private final StringProperty recipient = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty failed = new SimpleBooleanProperty(false);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty step = new SimpleStringProperty("");
    private final ObjectProperty<Path> lastPackage = new SimpleObjectProperty<>();
    private final ObjectProperty<Throwable> unexpected = new SimpleObjectProperty<>();
    private final ObservableList<Submission> history = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty submittedBefore = new SimpleBooleanProperty(false);
    private AtomicBoolean cancelRequest = new AtomicBoolean();

    public SubmissionsViewModel(SubmissionService service, Park park, LocalDate asOfDate, UiExecutor executor,
                                Supplier<LocalDate> today) {
        this.service = service;
        this.park = park;
        this.executor = executor;
        this.today = today;
        this.plan = service.planPeriod(park.code());
        LocalDate date = asOfDate != null ? asOfDate : today.get();
        // the last completed year by default: reports are made after a period ends
        year.set(date.getMonthValue() == 12 && date.getDayOfMonth() == 31 ? date.getYear() : date.getYear() - 1);
        quarter.set((date.getMonthValue() - 1) / 3 + 1);
        SignatureBlock saved = service.signature(park.code());
        unitHead.set(saved.unitHead());
        statisticsHead.set(saved.statisticsHead());
        preparer.set(saved.preparer());
        phone.set(saved.phone());
        reportDate.set(saved.reportDate());
        kind.addListener((obs, old, now) -> periodChanged());
        year.addListener((obs, old, now) -> periodChanged());
        quarter.addListener((obs, old, now) -> periodChanged());
        periodChanged();
        refreshHistory();
        // the bureau rarely changes: the last recipient is proposed again
        history.stream().map(Submission::recipient).filter(r -> r != null && !r.isBlank()).findFirst()
                .ifPresent(recipient::set);
    }

    /** The chosen period; null while the year is not set. */
    public ReportPeriod period() {
        if (kind.get() == PeriodKind.PLAN) {
            return plan;
        }
        Integer y = year.get();
        if (y == null) {
            return null;
        }
        return kind.get() == PeriodKind.QUARTER ? ReportPeriod.quarter(y, quarter.get() == null ? 1 : quarter.get())
                : ReportPeriod.year(y);
    }

    /** The file name the save dialog proposes: {@code ZZSZ_2025_20260110-0930.zip}. */
    public String defaultFileName() {
        ReportPeriod chosen = period();
        return SubmissionService.defaultFileName(park.code(), chosen == null ? ReportPeriod.year(today.get().getYear())
                : chosen, LocalDateTime.now());
    }

    /** Exports to {@code file} in the background; the history shows it when done. */
    public void export(Path file) {
        ReportPeriod chosen = period();
        LocalDate date = asOf.get();
        if (chosen == null || date == null || file == null) {
            report(I18n.tr("submission.gui.chooseFirst"), true);
            return;
        }
        ExportRequest request = new ExportRequest(park.code(), chosen, date, signature(), staffNames.get(),
                recipient.get(), note.get(), file);
        AtomicBoolean cancelled = new AtomicBoolean();
        cancelRequest = cancelled;
        Task<SubmissionService.Exported> task = new Task<>() {
            @Override
            protected SubmissionService.Exported call() {
                return service.export(request, (fraction, text) -> {
                    updateProgress(fraction, 1);
                    updateMessage(text);
                }, cancelled::get);
            }
        };
        report("", false);
        problems.clear();
        progress.bind(task.progressProperty());
        step.bind(task.messageProperty());
        running.set(true);
        task.setOnSucceeded(event -> {
            finish();
            SubmissionService.Exported exported = task.getValue();
            lastPackage.set(exported.result().file());
            report(I18n.tr(exported.submission().resubmission() ? "submission.gui.exportedAgain" : "submission.gui.exported",
                    exported.result().file().toString(), exported.result().size(),
                    exported.result().sha256().substring(0, 16)), false);
            refreshHistory();
        });
        task.setOnFailed(event -> {
            finish();
            Throwable error = task.getException();
            if (error instanceof ExportCancelledException || error instanceof PackageException) {
                report(error.getMessage(), true);
            } else {
                report(I18n.tr("submission.gui.exportFailed"), true);
                unexpected.set(error);
            }
        });
        executor.execute(task);
    }

    /** Asks the running export to stop; it removes what it wrote. */
    public void cancel() {
        cancelRequest.set(true);
    }

    /** Checks a package file against its manifest; the problems list says what is wrong. */
    public void verify(Path file) {
        Task<PackageVerifier.Result> task = new Task<>() {
            @Override
            protected PackageVerifier.Result call() {
                return service.verify(file, park.code());
            }
        };
        task.setOnSucceeded(event -> {
            PackageVerifier.Result result = task.getValue();
            problems.setAll(result.problems());
            report(VerifyTexts.summary(file.getFileName().toString(), result), !result.ok());
        });
        task.setOnFailed(event -> {
            report(I18n.tr("submission.gui.exportFailed"), true);
            unexpected.set(task.getException());
        });
        executor.execute(task);
    }

    public void refreshHistory() {
        List<Submission> rows = service.history(park.code());
        history.setAll(rows);
        ReportPeriod chosen = period();
        submittedBefore.set(chosen != null && rows.stream().anyMatch(s -> s.direction() == Submission.Direction.EXPORT
                && s.periodCode().equals(chosen.code())));
    }

    private void periodChanged() {
        ReportPeriod chosen = period();
        if (chosen != null) {
            asOf.set(chosen.defaultAsOf(today.get()));
        }
        submittedBefore.set(chosen != null && history.stream().anyMatch(s -> s.direction() == Submission.Direction.EXPORT
                && s.periodCode().equals(chosen.code())));
    }

    private SignatureBlock signature() {
        return new SignatureBlock(unitHead.get(), statisticsHead.get(), preparer.get(), phone.get(), reportDate.get());
    }

    private void finish() {
        progress.unbind();
        step.unbind();
        progress.set(0);
        step.set("");
        running.set(false);
    }

    private void report(String text, boolean error) {
        status.set(text);
        failed.set(error);
    }

    /** Whether an export can start: a period and an as-of date are chosen and nothing runs. */
    public BooleanBinding canExport() {
        return Bindings.createBooleanBinding(() -> !running.get() && asOf.get() != null
                && (kind.get() == PeriodKind.PLAN || year.get() != null), running, asOf, kind, year);
    }

    public Park park() {
        return park;
    }

    /**
     * Takes the period and the form as the user left them before the window was built again (a new language), and
     * remembers what the user chooses or types from now on.
     */
    public void keepPeriodIn(SectionMemory memory) {
        memory.keep("submissions.kind", PeriodKind.class, kind);
        memory.keep("submissions.year", Integer.class, year);
        memory.keep("submissions.quarter", Integer.class, quarter);
        memory.keep("submissions.asOf", LocalDate.class, asOf);
        memory.keep("submissions.unitHead", String.class, unitHead);
        memory.keep("submissions.statisticsHead", String.class, statisticsHead);
        memory.keep("submissions.preparer", String.class, preparer);
        memory.keep("submissions.phone", String.class, phone);
        memory.keep("submissions.reportDate", LocalDate.class, reportDate);
        memory.keep("submissions.staffNames", Boolean.class, staffNames);
        memory.keep("submissions.recipient", String.class, recipient);
        memory.keep("submissions.note", String.class, note);
    }

    public ObjectProperty<PeriodKind> kindProperty() {
        return kind;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Integer> quarterProperty() {
        return quarter;
    }

    public ObjectProperty<LocalDate> asOfProperty() {
        return asOf;
    }

    public StringProperty unitHeadProperty() {
        return unitHead;
    }

    public StringProperty statisticsHeadProperty() {
        return statisticsHead;
    }

    public StringProperty preparerProperty() {
        return preparer;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    /** 报出日期; null while it is left to be written by hand. */
    public ObjectProperty<LocalDate> reportDateProperty() {
        return reportDate;
    }

    public BooleanProperty staffNamesProperty() {
        return staffNames;
    }

    public StringProperty recipientProperty() {
        return recipient;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty failedProperty() {
        return failed;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty stepProperty() {
        return step;
    }

    /** The package the last export wrote, for "open folder"; null before the first. */
    public ObjectProperty<Path> lastPackageProperty() {
        return lastPackage;
    }

    /** An error nobody foresaw, for the view to show with its details. */
    public ObjectProperty<Throwable> unexpectedProperty() {
        return unexpected;
    }

    public ObservableList<Submission> history() {
        return history;
    }

    /** What the last check found wrong with a package. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** The chosen period was exported before: a new export will be a re-submission. */
    public BooleanProperty submittedBeforeProperty() {
        return submittedBefore;
    }
}
