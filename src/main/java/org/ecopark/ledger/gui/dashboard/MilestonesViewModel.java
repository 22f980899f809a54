package org.ecopark.ledger.gui.dashboard;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Milestone;
import org.ecopark.ledger.model.MilestoneEvidence;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.TargetScope;

/** The park's milestone targets at the as-of date: due date, status, completion and evidence. */
public final class MilestonesViewModel {

    private final ViewContext context;
    private final ObservableList<Milestone> milestones = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final InvalidationListener reload = ignored -> refresh();
    private long generation;

    public MilestonesViewModel(ViewContext context) {
        this.context = context;
        context.asOfDateProperty().addListener(new WeakInvalidationListener(reload));
    }

    public void refresh() {
        Park park = context.parkProperty().get();
        LocalDate asOf = context.asOfDateProperty().get();
        if (context.services() == null || park == null || asOf == null) {
            milestones.clear();
            return;
        }
        long mine = ++generation;
        var service = context.services().evaluation();
        Task<List<Milestone>> task = new Task<>() {
            @Override
            protected List<Milestone> call() {
                return service.milestones(TargetScope.PARK, park.code(), asOf);
            }
        };
        busy.set(true);
        task.setOnSucceeded(event -> {
            if (mine == generation) {
                busy.set(false);
                milestones.setAll(task.getValue());
            }
        });
        task.setOnFailed(event -> {
            if (mine == generation) {
                busy.set(false);
                context.dialogs().showError(I18n.tr("indicators.milestones.error"), task.getException());
            }
        });
        context.executor().execute(task);
    }

    /** What the evidence column says: the latest note or file, and how many pieces there are. */
    static String evidenceSummary(Milestone milestone) {
        if (milestone.evidence().isEmpty()) {
            return I18n.tr("indicators.milestones.evidence.none");
        }
        MilestoneEvidence latest = milestone.evidence().get(0);
        String what = latest.hasFile() ? latest.fileName() : latest.note() == null ? "" : latest.note();
        return milestone.evidence().size() == 1 ? what
                : I18n.tr("indicators.milestones.evidence.more", what, milestone.evidence().size() - 1);
    }

    public ObservableList<Milestone> milestones() {
        return milestones;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
