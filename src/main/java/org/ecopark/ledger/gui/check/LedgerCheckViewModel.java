package org.ecopark.ledger.gui.check;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.check.LedgerCheck;
import org.ecopark.ledger.logic.check.LedgerCheckService;
import org.ecopark.ledger.logic.check.LedgerCheckText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger check in the window (文件 → 检查台账): runs the check off the FX thread, shows what it found in the
 * user's words, and offers the repair only when a recomputation can mend what was found.
 */
public final class LedgerCheckViewModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerCheckViewModel.class);

    private final Supplier<LedgerCheckService> checks;
    private final UiExecutor executor;
    private final ObservableList<String> findings = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper repairable = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper clean = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public LedgerCheckViewModel(Supplier<LedgerCheckService> checks, UiExecutor executor) {
        this.checks = checks;
        this.executor = executor;
    }

    /** Checks the ledger. */
    public void check() {
        run(I18n.tr("check.gui.checking"), () -> checks.get().check(), false);
    }

    /** Recomputes every sum from the records, then checks again. */
    public void repair() {
        run(I18n.tr("check.gui.repairing"), () -> checks.get().repair(), true);
    }

    private void run(String message, Supplier<LedgerCheck> work, boolean repaired) {
        if (running.get()) {
            return;
        }
        running.set(true);
        repairable.set(false);
        summary.set(message);
        executor.run(work::get, found -> show(found, repaired), error -> {
            LOGGER.error("The ledger check failed", error);
            running.set(false);
            summary.set(I18n.tr("check.gui.failed"));
            findings.setAll(List.of());
        });
    }

    private void show(LedgerCheck found, boolean repaired) {
        running.set(false);
        clean.set(found.clean());
        repairable.set(found.repairable());
        findings.setAll(LedgerCheckText.lines(found));
        if (repaired) {
            findings.add(0, I18n.tr("check.repaired"));
        }
        summary.set(found.clean() ? I18n.tr("check.gui.clean")
                : I18n.tr(found.repairable() ? "check.gui.repairHint" : "check.failed"));
    }

    public ObservableList<String> findings() {
        return findings;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty repairableProperty() {
        return repairable.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cleanProperty() {
        return clean.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
