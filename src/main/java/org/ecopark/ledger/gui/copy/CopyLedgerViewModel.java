package org.ecopark.ledger.gui.copy;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerFaults;
import org.ecopark.ledger.logic.copy.CopyProgress;
import org.ecopark.ledger.logic.copy.LedgerCopyException;
import org.ecopark.ledger.logic.copy.LedgerCopyResult;
import org.ecopark.ledger.logic.copy.LedgerCopyText;
import org.ecopark.ledger.logic.copy.LedgerLocation;
import org.ecopark.ledger.gui.settings.ServerFormModel;
import org.ecopark.ledger.model.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 文件 → 复制台账: the target (a new file on this computer, or a server's database with its user and password), the copy
 * run as a background task with its progress table by table, and its result: every table's rows on both sides, or why
 * nothing was copied. The password is held only until the copy starts.
 */
public final class CopyLedgerViewModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(CopyLedgerViewModel.class);

    private final BiFunction<LedgerLocation, CopyProgress, LedgerCopyResult> copier;
    private final UiExecutor executor;
    private final DialogService dialogs;
    private final Path folder;
    private final BooleanProperty toServer = new SimpleBooleanProperty(false);
    private final StringProperty file = new SimpleStringProperty("");
    /** The target server's fields, as 设置 → 数据库 has them. */
    private final ServerFormModel server = new ServerFormModel(null);
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper copied = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(I18n.tr("copy.gui.ready"));
    private final ObservableList<String> results = FXCollections.observableArrayList();

    /**
     * @param copier copies the open ledger to a target, telling the progress (the window's {@code Services.copyTo})
     * @param folder where the file chooser starts (the open ledger's folder), or null
     */
    public CopyLedgerViewModel(BiFunction<LedgerLocation, CopyProgress, LedgerCopyResult> copier, UiExecutor executor,
                               DialogService dialogs, Path folder) {
        this.copier = copier;
        this.executor = executor;
        this.dialogs = dialogs;
        this.folder = folder;
    }

    /** Asks where the new ledger file goes. */
    public void chooseFile() {
        dialogs.chooseNewLedger(folder).ifPresent(chosen -> file.set(chosen.toString()));
    }

    /** Starts the copy to the target given, or says what is missing. */
    public void start() {
        if (running.get()) {
            return;
        }
        LedgerLocation target;
        try {
            target = target();
        } catch (IllegalArgumentException e) {
            status.set(e.getMessage());
            return;
        }
        password.set(""); // held by the target until the copy is done, then wiped
        running.set(true);
        copied.set(false);
        results.clear();
        Task<LedgerCopyResult> task = new Task<>() {
            @Override
            protected LedgerCopyResult call() {
                try {
                    return copier.apply(target, (message, done, steps) -> {
                        updateMessage(message);
                        updateProgress(done, steps == 0 ? 1 : steps);
                    });
                } finally {
                    if (target instanceof LedgerLocation.Server server) {
                        server.forget();
                    }
                }
            }
        };
        progress.bind(task.progressProperty());
        status.bind(task.messageProperty());
        task.setOnSucceeded(event -> finished(task.getValue(), null));
        task.setOnFailed(event -> finished(null, task.getException()));
        executor.execute(task);
    }

    private void finished(LedgerCopyResult result, Throwable error) {
        progress.unbind();
        status.unbind();
        running.set(false);
        if (result != null) {
            progress.set(1);
            copied.set(true);
            List<String> lines = LedgerCopyText.lines(result);
            status.set(lines.get(0));
            results.setAll(lines.subList(1, lines.size()));
            return;
        }
        progress.set(0);
        if (error instanceof LedgerCopyException refused) {
            LOGGER.warn("The ledger was not copied: {}", refused.getMessage());
            status.set(I18n.tr("copy.gui.failed", refused.getMessage()));
        } else if (LedgerFaults.message(error).isPresent()) {
            LOGGER.warn("The ledger was not copied", error);
            status.set(I18n.tr("copy.gui.failed", LedgerFaults.message(error).get()));
        } else {
            LOGGER.error("The ledger was not copied", error);
            status.set(I18n.tr("copy.gui.error"));
        }
    }

    /** The target the fields give; a message in the user's words when one is missing. */
    private LedgerLocation target() {
        if (!toServer.get()) {
            if (file.get().isBlank()) {
                throw new IllegalArgumentException(I18n.tr("copy.gui.noFile"));
            }
            try {
                return new LedgerLocation.File(Path.of(file.get().trim()), null);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(I18n.tr("copy.gui.noFile"), e);
            }
        }
        ServerAddress address = server.address()
                .orElseThrow(() -> new IllegalArgumentException(server.problemProperty().get()));
        return new LedgerLocation.Server(address, password.get().toCharArray());
    }

    public BooleanProperty toServerProperty() {
        return toServer;
    }

    public StringProperty fileProperty() {
        return file;
    }

    /** The target server's host, port, database and user. */
    public ServerFormModel server() {
        return server;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** Whether the last copy was made and verified. */
    public ReadOnlyBooleanProperty copiedProperty() {
        return copied.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<String> results() {
        return results;
    }
}
