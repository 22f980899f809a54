package org.ecopark.ledger.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Park;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: the open ledger, the park it serves, the as-of date every screen uses and
 * the section shown. The database opens through the executor, so the window is up before it is. Every commit to
 * the open ledger reloads the screens that show what it wrote ({@link LedgerRefresh}).
 */
public class MainViewModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(MainViewModel.class);

    /** A record another screen asked to see in its section's form (a record behind a target's value). */
    public record RecordRequest(Section section, long recordId) {
    }

    private final UiExecutor executor;
    private final Function<Path, Services> opener;

    private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Park> selectedPark = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOfDate = new SimpleObjectProperty<>(LocalDate.now());
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(Section.DASHBOARD);
    private final StringProperty databaseLabel = new SimpleStringProperty(I18n.tr("status.database.opening"));
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<RecordRequest> recordRequest = new ReadOnlyObjectWrapper<>();
    private final LedgerRefresh refresh = new LedgerRefresh();
    /** The ledger asked for last, to be opened again after a restore. */
    private Path ledgerPath;

    public MainViewModel(UiExecutor executor, Function<Path, Services> opener) {
        this.executor = executor;
        this.opener = opener;
    }

    /**
     * Opens the ledger at {@code path} off the FX thread. {@code onOpened} runs with the services once
     * they are ready; {@code onFailed} with the error when the file cannot be opened.
     */
    public void open(Path path, Consumer<Services> onOpened, Consumer<Throwable> onFailed) {
        ledgerPath = path;
        loading.set(true);
        Task<Services> task = new Task<>() {
            @Override
            protected Services call() {
                return opener.apply(path);
            }
        };
        task.setOnSucceeded(event -> {
            Services opened = task.getValue();
            Services previous = services.get();
            // before the screens are built for the new ledger, which then watch it
            refresh.follow(opened);
            services.set(opened);
            databaseLabel.set(opened.databaseFile() == null ? path.toString() : opened.databaseFile().toString());
            selectedPark.set(opened.parks().selectedPark().orElse(null));
            loading.set(false);
            if (previous != null) {
                previous.close();
            }
            onOpened.accept(opened);
        });
        task.setOnFailed(event -> {
            loading.set(false);
            databaseLabel.set(I18n.tr("status.database.failed"));
            onFailed.accept(task.getException());
        });
        executor.execute(task);
    }

    /** Whether the first-run question (which park?) is still open. */
    public boolean needsParkChoice() {
        return services.get() != null && selectedPark.get() == null;
    }

    public List<Park> parks() {
        return services.get() == null ? List.of() : services.get().parks().parks();
    }

    public void choosePark(Park park) {
        services.get().parks().selectPark(park.code());
        selectedPark.set(park);
    }

    public ReadOnlyObjectProperty<Services> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    public ObjectProperty<Park> selectedParkProperty() {
        return selectedPark;
    }

    public ObjectProperty<LocalDate> asOfDateProperty() {
        return asOfDate;
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    /**
     * Shows the section and asks it to open the record with this id in its form; the window passes the
     * request on to the section's view ({@link #recordRequestProperty()}) and then clears it.
     */
    public void openRecord(Section shown, long recordId) {
        section.set(shown);
        recordRequest.set(new RecordRequest(shown, recordId));
    }

    public ReadOnlyObjectProperty<RecordRequest> recordRequestProperty() {
        return recordRequest.getReadOnlyProperty();
    }

    /** The window has passed the request on: the same record can be asked for again. */
    public void recordRequestHandled() {
        recordRequest.set(null);
    }

    public StringProperty databaseLabelProperty() {
        return databaseLabel;
    }

    public BooleanProperty loadingProperty() {
        return loading;
    }

    /** Reloads the screens after every commit to the open ledger; they watch through it. */
    public LedgerRefresh ledgerRefresh() {
        return refresh;
    }

    /**
     * Closes the open ledger, runs {@code work} off the FX thread while no one holds the file (a restore replaces it),
     * then opens the ledger again, whether the work succeeded or not; the screens wait meanwhile.
     */
    public <T> void whileClosed(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Services closing = services.get();
        refresh.follow(null);
        services.set(null);
        loading.set(true);
        databaseLabel.set(I18n.tr("status.database.opening"));
        executor.run(() -> {
            if (closing != null) {
                closing.close();
            }
            return work.call();
        }, done -> open(ledgerPath, opened -> onDone.accept(done), onFailed),
                error -> open(ledgerPath, opened -> onFailed.accept(error), reopening -> {
                    LOGGER.error("The ledger did not open again after a failed restore", reopening);
                    onFailed.accept(error);
                }));
    }

    /** Closes the open ledger, after its backup of the day if none was made yet; called when the window closes. */
    public void close() {
        refresh.follow(null);
        Services open = services.get();
        if (open == null) {
            return;
        }
        try {
            open.backups().onClose();
        } catch (RuntimeException e) {
            LOGGER.warn("The backup on close could not be made", e);
        } finally {
            open.close();
            services.set(null);
        }
    }
}
