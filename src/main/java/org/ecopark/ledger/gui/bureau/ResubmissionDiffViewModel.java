package org.ecopark.ledger.gui.bureau;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff;
import org.ecopark.ledger.logic.bureau.ResubmissionDiff.Change;

/**
 * 查看变化: reads, off the FX thread, a received package's re-submission against the package it replaced, and holds
 * both packages' descriptions, the targets and the rows per table. A package with no re-submission says so in one
 * sentence in place of the tables.
 */
public final class ResubmissionDiffViewModel {

    private final Supplier<ResubmissionDiff> diffs;
    private final DialogService dialogs;
    private final UiExecutor executor;
    private final ObservableList<ResubmissionDiff.TargetRow> targets = FXCollections.observableArrayList();
    private final ObservableList<ResubmissionDiff.CountRow> counts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper earlier = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper later = new ReadOnlyStringWrapper("");

    public ResubmissionDiffViewModel(Supplier<ResubmissionDiff> diffs, DialogService dialogs, UiExecutor executor) {
        this.diffs = diffs;
        this.dialogs = dialogs;
        this.executor = executor;
    }

    /** Reads the re-submission the received package {@code receivedId} takes part in. */
    public void load(long receivedId) {
        running.set(true);
        failed.set(false);
        summary.set(I18n.tr("bureau.diff.gui.loading"));
        executor.run(() -> diffs.get().of(receivedId), this::show, error -> {
            running.set(false);
            failed.set(true);
            clear();
            if (error instanceof BureauException) {
                summary.set(error.getMessage());
            } else {
                summary.set(I18n.tr("bureau.diff.gui.failed"));
                dialogs.showError(I18n.tr("bureau.diff.gui.failed"), error);
            }
        });
    }

    private void show(ResubmissionDiff.Diff diff) {
        running.set(false);
        heading.set(I18n.tr("bureau.diff.heading", diff.park().code(), diff.park().shortNameIn(I18n.locale()),
                diff.later().periodCode()));
        earlier.set(ResubmissionDiff.describe(diff.earlier()));
        later.set(ResubmissionDiff.describe(diff.later()));
        targets.setAll(diff.targets());
        counts.setAll(diff.counts());
        summary.set(I18n.tr("bureau.diff.gui.summary", I18n.tr("bureau.diff.targetsHeading", diff.count(Change.CHANGED),
                diff.count(Change.ADDED), diff.count(Change.REMOVED), diff.targets().size()),
                I18n.tr("bureau.diff.countsHeading", diff.changedTables(), diff.counts().size())));
    }

    private void clear() {
        heading.set("");
        earlier.set("");
        later.set("");
        targets.setAll(List.of());
        counts.setAll(List.of());
    }

    public ObservableList<ResubmissionDiff.TargetRow> targets() {
        return targets;
    }

    public ObservableList<ResubmissionDiff.CountRow> counts() {
        return counts;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True when there is nothing to compare, or it could not be read: the summary says why. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty earlierProperty() {
        return earlier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty laterProperty() {
        return later.getReadOnlyProperty();
    }
}
