package org.ecopark.ledger.gui.dashboard;

import java.time.LocalDate;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.LatestLoad;
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
    private final InvalidationListener reload = ignored -> refresh();
    private final LatestLoad loads;

    public MilestonesViewModel(ViewContext context) {
        this.context = context;
        this.loads = new LatestLoad(context.executor());
        context.asOfDateProperty().addListener(new WeakInvalidationListener(reload));
    }

    public void refresh() {
        Park park = context.parkProperty().get();
        LocalDate asOf = context.asOfDateProperty().get();
        if (context.services() == null || park == null || asOf == null) {
            loads.forget();
            milestones.clear();
            return;
        }
        var service = context.services().evaluation();
        loads.load(() -> service.milestones(TargetScope.PARK, park.code(), asOf), milestones::setAll,
                error -> context.dialogs().showError(I18n.tr("indicators.milestones.error"), error));
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
        return loads.busyProperty();
    }
}
