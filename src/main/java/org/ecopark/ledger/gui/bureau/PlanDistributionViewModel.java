package org.ecopark.ledger.gui.bureau;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.bureau.BureauException;
import org.ecopark.ledger.logic.bureau.PlanDistributions;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.PlanDistribution;

/**
 * 计划下发: the plans the bureau can send, 发送计划文件… (a plan, then a folder chosen through the dialog service), and
 * per park the plan sent last beside the plan its latest package reports against. Work runs off the FX thread.
 */
public final class PlanDistributionViewModel {

    private final Supplier<PlanDistributions> distributions;
    private final DialogService dialogs;
    private final UiExecutor executor;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> plan = new SimpleObjectProperty<>();
    private final ObservableList<PlanDistributions.Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    /** The folder the last plan file went to: the next choice starts there. */
    private Path lastFolder;

    public PlanDistributionViewModel(Supplier<PlanDistributions> distributions, DialogService dialogs, UiExecutor executor) {
        this.distributions = distributions;
        this.dialogs = dialogs;
        this.executor = executor;
    }

    private record Loaded(List<Plan> plans, List<PlanDistributions.Row> rows) {
    }

    private record Sent(PlanDistributions.Sent sent, Loaded loaded) {
    }

    private Loaded read() {
        PlanDistributions service = distributions.get();
        return new Loaded(service.plans(), service.overview());
    }

    /** Reads the plans and every park's row. */
    public void load() {
        start(I18n.tr("bureau.plans.gui.loading"));
        executor.run(this::read, loaded -> {
            running.set(false);
            show(loaded);
            status.set(count());
        }, this::failed);
    }

    /** Asks for a folder and writes the chosen plan's file there for every park of the bureau. */
    public void send() {
        Plan chosen = plan.get();
        if (chosen == null) {
            error.set(true);
            status.set(I18n.tr("bureau.plans.gui.noPlan"));
            return;
        }
        Path folder = dialogs.chooseFolder(I18n.tr("bureau.plans.gui.chooseFolder"), lastFolder).orElse(null);
        if (folder == null) {
            return;
        }
        lastFolder = folder;
        start(I18n.tr("bureau.plans.gui.sending"));
        executor.run(() -> new Sent(distributions.get().send(chosen.code(), null, folder), read()), done -> {
            running.set(false);
            PlanDistribution sent = done.sent().distribution();
            show(done.loaded());
            status.set(I18n.tr("bureau.plans.gui.sent", sent.planCode(), sent.catalogVersion(),
                    done.sent().file().toAbsolutePath(), sent.parkCodes().size()));
        }, this::failed);
    }

    private void start(String message) {
        running.set(true);
        error.set(false);
        status.set(message);
    }

    private void show(Loaded loaded) {
        String chosen = plan.get() == null ? null : plan.get().code();
        plans.setAll(loaded.plans());
        plan.set(loaded.plans().stream().filter(p -> p.code().equals(chosen)).findFirst()
                .orElse(loaded.plans().isEmpty() ? null : loaded.plans().get(0)));
        rows.setAll(loaded.rows());
    }

    private String count() {
        long flagged = rows.stream().filter(row -> row.state().flagged()).count();
        return I18n.tr("bureau.plans.gui.count", rows.size(), flagged);
    }

    private void failed(Throwable failure) {
        running.set(false);
        error.set(true);
        if (failure instanceof BureauException) {
            status.set(failure.getMessage());
        } else {
            status.set(I18n.tr("bureau.plans.gui.failed"));
            dialogs.showError(I18n.tr("bureau.plans.gui.failed"), failure);
        }
    }

    public ObservableList<Plan> plans() {
        return plans;
    }

    public ObjectProperty<Plan> planProperty() {
        return plan;
    }

    public ObservableList<PlanDistributions.Row> rows() {
        return rows;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** True while the status line says why something was not done. */
    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
