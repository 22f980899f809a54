package org.ecopark.ledger.gui.backup;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Window;
import org.ecopark.ledger.gui.BackupRestorer;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.backup.BackupEntry;
import org.ecopark.ledger.logic.backup.BackupException;
import org.ecopark.ledger.logic.backup.BackupText;
import org.ecopark.ledger.logic.backup.ClosedLedger;
import org.ecopark.ledger.logic.backup.PreparedRestore;
import org.ecopark.ledger.logic.backup.RestoreResult;
import org.ecopark.ledger.logic.backup.RestoreService;

/**
 * 恢复备份… on the failure screen: the backups in the default folder of a ledger that does not open (damaged, its
 * share gone), one chosen and restored the way {@code restore FILE} does it (the ledger's file kept as a backup, the
 * checked backup moved into its place), then the ledger opened again.
 */
public final class FailureRestorer implements BackupRestorer {

    private final DialogService dialogs;
    private final UiExecutor executor;
    private final Supplier<Window> owner;
    private final Clock clock;

    public FailureRestorer(DialogService dialogs, UiExecutor executor, Supplier<Window> owner, Clock clock) {
        this.dialogs = dialogs;
        this.executor = executor;
        this.owner = owner;
        this.clock = clock;
    }

    @Override
    public boolean canRestore(Path ledger) {
        return !backups(ledger).isEmpty();
    }

    /** The ledger's backups in its default folder and beside it, newest first. */
    public List<BackupEntry> backups(Path ledger) {
        return RestoreService.withDefaults(ledger, clock).list();
    }

    @Override
    public void restore(Path ledger, Consumer<Path> open) {
        List<BackupEntry> backups = backups(ledger);
        if (backups.isEmpty()) {
            return;
        }
        List<Entry> entries = backups.stream().map(Entry::new).toList();
        ChoiceDialog<Entry> choice = new ChoiceDialog<>(entries.get(0), entries);
        choice.setTitle(I18n.tr("backup.gui.title"));
        choice.setHeaderText(I18n.tr("backup.gui.failureHeader"));
        choice.getDialogPane().setId("failure-restore-dialog");
        if (owner.get() != null) {
            choice.initOwner(owner.get());
        }
        Optional<Entry> chosen = choice.showAndWait();
        if (chosen.isEmpty() || !dialogs.confirm(I18n.tr("backup.gui.title"),
                BackupsViewModel.confirmation(chosen.get().backup()))) {
            return;
        }
        executor.run(() -> restore(ledger, chosen.get().backup()), result -> {
            dialogs.showInfo(I18n.tr("backup.gui.title"), BackupsViewModel.restored(result));
            open.accept(ledger);
        }, error -> dialogs.showError(error instanceof BackupException ? error.getMessage()
                : I18n.tr("backup.gui.restoreFailed"), error));
    }

    /** Restores {@code backup} over the closed ledger, as {@code restore FILE} does; off the FX thread. */
    public RestoreResult restore(Path ledger, BackupEntry backup) {
        ClosedLedger closed = ClosedLedger.read(ledger, clock);
        PreparedRestore prepared = closed.restores().prepare(backup.file());
        return closed.restores().complete(prepared, closed.state());
    }

    /** A backup as the choice lists it. */
    private record Entry(BackupEntry backup) {
        @Override
        public String toString() {
            return BackupText.madeAt(backup) + "  " + BackupText.reason(backup.reason()) + "  "
                    + BackupText.size(backup.size());
        }
    }
}
