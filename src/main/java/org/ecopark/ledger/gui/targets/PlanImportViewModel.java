package org.ecopark.ledger.gui.targets;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.common.SignedImportState;
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
    private final SignedImportState state = new SignedImportState();
    private final BooleanBinding canImport;

    public PlanImportViewModel(Supplier<PlanFileService> plans, UiExecutor executor) {
        this.plans = plans;
        this.executor = executor;
        canImport = state.allowsImport(Bindings.createBooleanBinding(() -> preview.get() != null
                && preview.get().changes().writesSomething(), preview));
    }

    /** Reads and checks the plan file, then shows what it would change; a refused file shows why. */
    public void load(Path file) {
        preview.set(null);
        state.reset();
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
            state.setImported();
            state.setSummary(I18n.tr("plans.cli.imported", done.count(PlanChanges.Kind.NEW),
                    done.count(PlanChanges.Kind.CHANGED)));
        }, null);
    }

    private <T> void run(String message, Supplier<T> work, java.util.function.Consumer<T> then, Path file) {
        state.setRunning(true);
        state.setSummary(message);
        executor.run(work::get, result -> {
            state.setRunning(false);
            then.accept(result);
        }, error -> {
            state.setRunning(false);
            if (error instanceof CatalogException refused) {
                LOGGER.info("Plan file refused: {}", refused.problems());
                state.setSummary(I18n.tr("plans.cli.refused", file == null ? refused.source() : file.getFileName()));
                lines.setAll(refused.problems());
            } else {
                LOGGER.error("Reading or importing a plan file failed", error);
                state.setSummary(I18n.tr("plans.gui.failed"));
            }
        });
    }

    private void show(PlanFileService.Preview read) {
        state.signedBy(PlanChangesText.signer(read), read.signerConfirmed());
        List<String> changes = PlanChangesText.lines(read.changes());
        lines.setAll(changes);
        state.setSummary(read.changes().writesSomething() ? PlanChangesText.summary(read.plan(), read.changes())
                : I18n.tr("plans.nothing"));
        preview.set(read);
    }

    public ObservableList<String> lines() {
        return lines;
    }

    /** Who signed the file, what runs or was done, and the fingerprint's tick. */
    public SignedImportState state() {
        return state;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
