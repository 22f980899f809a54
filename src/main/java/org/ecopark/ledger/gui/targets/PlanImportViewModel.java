package org.ecopark.ledger.gui.targets;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.catalog.CatalogException;
import org.ecopark.ledger.logic.catalog.PlanChanges;
import org.ecopark.ledger.logic.catalog.PlanChangesText;
import org.ecopark.ledger.logic.catalog.PlanFileService;
import org.ecopark.ledger.logic.signing.TrustedKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 目标 → 导入计划: reads a plan file off the FX thread, shows who signed it and what importing it would change, and
 * imports it once the user agrees. A file whose signer is not confirmed is imported only after the user says the
 * fingerprint was checked with the issuing office.
 */
public final class PlanImportViewModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(PlanImportViewModel.class);

    private final Supplier<PlanFileService> plans;
    private final UiExecutor executor;
    private final ObjectProperty<PlanFileService.Preview> preview = new SimpleObjectProperty<>();
    private final ObservableList<String> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper signer = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper unconfirmed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty fingerprintChecked = new SimpleBooleanProperty(false);
    private final BooleanBinding canImport;

    public PlanImportViewModel(Supplier<PlanFileService> plans, UiExecutor executor) {
        this.plans = plans;
        this.executor = executor;
        canImport = Bindings.createBooleanBinding(() -> preview.get() != null
                        && preview.get().changes().writesSomething() && !running.get() && !imported.get()
                        && (!unconfirmed.get() || fingerprintChecked.get()),
                preview, running, imported, unconfirmed, fingerprintChecked);
    }

    /** Reads and checks the plan file, then shows what it would change; a refused file shows why. */
    public void load(Path file) {
        preview.set(null);
        imported.set(false);
        fingerprintChecked.set(false);
        unconfirmed.set(false);
        signer.set("");
        lines.clear();
        run(I18n.tr("plans.gui.reading"), () -> plans.get().preview(file, TrustedKeys.none()), this::show, file);
    }

    /** Imports the previewed file in one transaction. */
    public void importPlan() {
        PlanFileService.Preview shown = preview.get();
        if (!canImport.get()) {
            return;
        }
        run(I18n.tr("plans.gui.importing"), () -> plans.get().apply(shown), done -> {
            imported.set(true);
            summary.set(I18n.tr("plans.cli.imported", done.count(PlanChanges.Kind.NEW),
                    done.count(PlanChanges.Kind.CHANGED)));
        }, null);
    }

    private <T> void run(String message, Supplier<T> work, java.util.function.Consumer<T> then, Path file) {
        running.set(true);
        summary.set(message);
        executor.run(work::get, result -> {
            running.set(false);
            then.accept(result);
        }, error -> {
            running.set(false);
            if (error instanceof CatalogException refused) {
                LOGGER.info("Plan file refused: {}", refused.problems());
                summary.set(I18n.tr("plans.cli.refused", file == null ? refused.source() : file.getFileName()));
                lines.setAll(refused.problems());
            } else {
                LOGGER.error("Reading or importing a plan file failed", error);
                summary.set(I18n.tr("plans.gui.failed"));
            }
        });
    }

    private void show(PlanFileService.Preview read) {
        unconfirmed.set(!read.signerConfirmed());
        signer.set(PlanChangesText.signer(read));
        List<String> changes = PlanChangesText.lines(read.changes());
        lines.setAll(changes);
        summary.set(read.changes().writesSomething() ? PlanChangesText.summary(read.plan(), read.changes())
                : I18n.tr("plans.nothing"));
        preview.set(read);
    }

    public ObservableList<String> lines() {
        return lines;
    }

    public ReadOnlyStringProperty signerProperty() {
        return signer.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty unconfirmedProperty() {
        return unconfirmed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    public BooleanProperty fingerprintCheckedProperty() {
        return fingerprintChecked;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
