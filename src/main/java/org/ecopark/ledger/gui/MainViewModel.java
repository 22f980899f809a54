package org.ecopark.ledger.gui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerEncryption;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.LedgerPreload;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.LedgerRole;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window: the open ledger, the park it serves, the as-of date every screen uses and
 * the section shown, and whose ledger it is (a park's, or a city bureau's, which the window shows in its bureau screens).
 * The database opens through the executor, so the window is up before it is. Every commit to
 * the open ledger reloads the screens that show what it wrote ({@link LedgerRefresh}). A ledger that cannot be
 * opened, or that a failure of its file stopped, leaves an {@link OpenFailure} for the window to show with what can
 * be done next, never a spinner that waits forever.
 */
public class MainViewModel {

    private static final Logger LOGGER = LoggerFactory.getLogger(MainViewModel.class);

    /** Opens a ledger with its password (null for none): the window's also names itself beside it. */
    @FunctionalInterface
    public interface Opener {
        Services open(Path path, LedgerPassword password);

        /**
         * Whether {@link #open} of {@code path} without a password returns at once: it was opened while the window
         * was being built (a {@link LedgerPreload}). The window then takes it in the same event, without a task.
         */
        default boolean openedAlready(Path path) {
            return false;
        }
    }

    private final UiExecutor executor;
    private final Opener opener;

    private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Park> selectedPark = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> asOfDate = new SimpleObjectProperty<>(LocalDate.now());
    private final Navigation navigation = new Navigation();
    private final StringProperty databaseLabel = new SimpleStringProperty(I18n.tr("status.database.opening"));
    private final BooleanProperty loading = new SimpleBooleanProperty(false);
    /** True while an opened ledger and its park are being set, which the screens take as one change. */
    private final ReadOnlyBooleanWrapper switching = new ReadOnlyBooleanWrapper(false);
    private final LedgerRefresh refresh = new LedgerRefresh();
    private final ReadOnlyObjectWrapper<OpenFailure> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<LedgerRole> role = new ReadOnlyObjectWrapper<>(LedgerRole.PARK);
    private final SectionMemory memory = new SectionMemory();
    /** The ledger open or being opened, with the password it opened with: to open it again after a failure. */
    private Path ledger;
    /** The server of the ledger open or being opened; null while it is a file ({@link #ledger}). */
    private ServerAddress server;
    /** The ledger file the window goes back to from a server when it opened none before (设置 → 数据库 → 本机文件). */
    private java.util.function.Supplier<Path> localLedger = org.ecopark.ledger.logic.Locations::defaultDatabase;
    private LedgerPassword password;
    private Consumer<Services> afterOpen = opened -> { };
    /** The ledger opened and evaluated while the window started, or null. */
    private volatile LedgerPreload preload;
    private Runnable stopWatch = () -> { };

    public MainViewModel(UiExecutor executor, Function<Path, Services> opener) {
        this(executor, (Opener) (path, password) -> opener.apply(path));
    }

    public MainViewModel(UiExecutor executor, Opener opener) {
        this.executor = executor;
        this.opener = opener;
        // registered before any screen listens, so a section rebuilt for another park or ledger starts afresh
        selectedPark.addListener((obs, old, park) -> memory.forget());
        services.addListener((obs, old, opened) -> memory.forget());
    }

    /** The ledger opening while the window starts ({@link LedgerPreload}): its first evaluation is the dashboard's. */
    public void usePreload(LedgerPreload early) {
        this.preload = early;
    }

    /**
     * The evaluation of {@code parkCode} at {@code asOf} over {@code opened} made while the window started, once; empty
     * when there is none for exactly that. Waits for it: call off the FX thread.
     */
    public Optional<LedgerPreload.FirstEvaluation> firstEvaluation(Services opened, String parkCode, LocalDate asOf) {
        LedgerPreload early = preload;
        return early == null ? Optional.empty() : early.evaluationFor(opened, parkCode, asOf);
    }

    /** {@link #firstEvaluation} once it is made, without waiting: empty while it is being made. */
    public Optional<LedgerPreload.FirstEvaluation> firstEvaluationIfMade(Services opened, String parkCode,
                                                                          LocalDate asOf) {
        LedgerPreload early = preload;
        return early == null ? Optional.empty() : early.evaluationIfMade(opened, parkCode, asOf);
    }

    /**
     * Opens the ledger at {@code path} off the FX thread, or takes it at once when the window's start opened it
     * already ({@link Opener#openedAlready}). {@code onOpened} runs with the services once they are ready, and again
     * whenever the window opens a ledger later (another one, or this one again); {@code onFailed} with the error when
     * the file cannot be opened.
     */
    public void open(Path path, Consumer<Services> onOpened, Consumer<Throwable> onFailed) {
        afterOpen = onOpened;
        openLedger(path, null, onFailed);
    }

    /** Opens {@code path} with {@code key} (null for none); a failure leaves {@link #failureProperty()}. */
    public void openLedger(Path path, LedgerPassword key, Consumer<Throwable> onFailed) {
        if (key == null && opener.openedAlready(path)) {
            // the window's screens are built for it in this event, before the window's first layout: one styling
            // of the window, the dashboard and its cards instead of one after each hop through the executor
            startNow(path, onFailed, opened -> afterOpen.accept(opened));
            return;
        }
        start(path, () -> key, onFailed, opened -> afterOpen.accept(opened));
    }

    /** Opens the encrypted ledger that asked for a password with the one typed; {@code typed} is wiped. */
    public void unlock(char[] typed, Consumer<Throwable> onFailed) {
        // the key is made slowly on purpose: in the task
        start(ledger, () -> LedgerPassword.of(typed), onFailed, opened -> afterOpen.accept(opened));
    }

    /**
     * Puts the open ledger under the password {@code next}, or removes its password ({@code next} null), given the
     * one it has now ({@code current}, null when it has none): the ledger closes, its file is written anew
     * ({@link LedgerEncryption}) and it opens again. A change that fails leaves the file as it was, and it opens again
     * as before. {@code onDone} runs once it is open again (or its failure shows), with null or why the change failed.
     * The typed arrays are wiped.
     */
    public void changePassword(char[] current, char[] next, Consumer<Throwable> onDone) {
        Services open = services.get();
        if (open == null) {
            throw new IllegalStateException("No ledger is open");
        }
        Path path = ledger;
        LedgerPassword kept = password;
        detach();
        loading.set(true);
        databaseLabel.set(I18n.tr("status.database.rewriting"));
        Task<PasswordChange> task = new Task<>() {
            @Override
            protected PasswordChange call() {
                LedgerPassword from = current == null ? null : LedgerPassword.of(current);
                LedgerPassword to = next == null ? null : LedgerPassword.of(next);
                open.close();
                try {
                    LedgerEncryption.change(path, from, to);
                    return new PasswordChange(to, null);
                } catch (RuntimeException e) {
                    return new PasswordChange(kept, e);
                }
            }
        };
        task.setOnSucceeded(event -> {
            PasswordChange change = task.getValue();
            if (change.refused() != null) {
                LOGGER.warn("The password of {} was not changed", path, change.refused());
            }
            start(path, change::now, error -> onDone.accept(change.refused()),
                    opened -> onDone.accept(change.refused()));
        });
        task.setOnFailed(event -> {
            LOGGER.error("Changing the password of {} failed", path, task.getException());
            start(path, () -> kept, error -> onDone.accept(task.getException()),
                    opened -> onDone.accept(task.getException()));
        });
        executor.execute(task);
    }

    /** What a change of password left: the password the ledger has now, and why the change failed (or null). */
    private record PasswordChange(LedgerPassword now, RuntimeException refused) {
    }

    /** What the window runs after a ledger opened (the demo offer, the park asked for); set by {@link #open} too. */
    public void afterOpen(Consumer<Services> onOpened) {
        afterOpen = onOpened;
    }

    /** The ledger file the window goes back to from a server when it had no file open before. */
    public void useLocalLedger(java.util.function.Supplier<Path> file) {
        this.localLedger = file;
    }

    /**
     * Opens the ledger on {@code address} off the FX thread in place of the open one (closed first, with its backup of
     * the day), as its user with the password {@code typed}, which is wiped once used and never kept. A failure (no
     * server, a refused login, a newer schema) leaves {@link #failureProperty()}, whose screen offers to correct the
     * connection, or to go back to the ledger file. Once open, other clerks' commits reload the screens too.
     */
    public void openServer(ServerAddress address, char[] typed, Consumer<Throwable> onFailed) {
        Services closing = detach();
        server = address;
        failure.set(null);
        loading.set(true);
        databaseLabel.set(I18n.tr("status.database.connecting", address));
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() {
                if (closing != null) {
                    closeWithBackup(closing);
                }
                try {
                    Services opened = Services.openServer(address, typed);
                    try {
                        return new Opened(opened, null, opened.bureau().role());
                    } catch (RuntimeException e) {
                        opened.close();
                        throw e;
                    }
                } finally {
                    java.util.Arrays.fill(typed, '\0');
                }
            }
        };
        task.setOnSucceeded(event -> {
            opened(task.getValue().services(), null, null, task.getValue().role());
            afterOpen.accept(task.getValue().services());
        });
        task.setOnFailed(event -> serverFailed(address, task.getException(), onFailed));
        executor.execute(task);
    }

    /** The ledger on {@code address} was not opened: the window says why and offers to connect again. */
    private void serverFailed(ServerAddress address, Throwable error, Consumer<Throwable> onFailed) {
        LOGGER.warn("The ledger on {} was not opened", address, error);
        loading.set(false);
        databaseLabel.set(I18n.tr("status.database.failed", address));
        failure.set(OpenFailure.ofServer(address, error));
        onFailed.accept(error);
    }

    /** No password was given for the ledger on {@code address} at the start (the question was cancelled). */
    public void noServerPassword(ServerAddress address) {
        server = address;
        loading.set(false);
        databaseLabel.set(I18n.tr("status.database.failed", address));
        failure.set(OpenFailure.noPassword(address));
    }

    /** The server of the ledger open or last tried, or empty while that is a file. */
    public Optional<ServerAddress> server() {
        return Optional.ofNullable(server);
    }

    /** Goes back from a server to the ledger file: the one open before it, else the file the window would start on. */
    public void openLocalLedger() {
        switchLedger(ledger != null ? ledger : localLedger.get());
    }

    private void start(Path path, java.util.function.Supplier<LedgerPassword> key, Consumer<Throwable> onFailed,
                       Consumer<Services> then) {
        beginOpening(path);
        loading.set(true);
        databaseLabel.set(I18n.tr("status.database.opening"));
        Task<Opened> task = new Task<>() {
            @Override
            protected Opened call() {
                return open(path, key.get());
            }
        };
        task.setOnSucceeded(event -> succeeded(task.getValue(), path, then));
        task.setOnFailed(event -> failed(task.getException(), path, onFailed));
        executor.execute(task);
    }

    /** {@link #start} of a ledger the opener holds open already ({@link Opener#openedAlready}): on the FX thread. */
    private void startNow(Path path, Consumer<Throwable> onFailed, Consumer<Services> then) {
        beginOpening(path);
        Opened value;
        try {
            value = open(path, null);
        } catch (RuntimeException e) {
            failed(e, path, onFailed);
            return;
        }
        succeeded(value, path, then);
    }

    /** The window is now about the ledger file {@code path}: no server, no failure shown. */
    private void beginOpening(Path path) {
        ledger = path;
        server = null;
        failure.set(null);
    }

    private Opened open(Path path, LedgerPassword password) {
        Services services = opener.open(path, password);
        return new Opened(services, password, services.bureau().role());
    }

    private void succeeded(Opened value, Path path, Consumer<Services> then) {
        opened(value.services(), path, value.password(), value.role());
        then.accept(value.services());
    }

    private void failed(Throwable error, Path path, Consumer<Throwable> onFailed) {
        LOGGER.warn("The ledger {} was not opened", path, error);
        loading.set(false);
        databaseLabel.set(I18n.tr("status.database.failed", Services.fileOf(path)));
        failure.set(OpenFailure.of(path, error, false));
        onFailed.accept(error);
    }

    private record Opened(Services services, LedgerPassword password, LedgerRole role) {
    }

    /**
     * Makes the open ledger, new and empty, a city bureau's ({@code BureauService.init}) off the FX thread; the window
     * then shows its bureau screens. What the logic refuses (a ledger with records, a blank name, a city without
     * parks) goes to {@code onFailed} as its {@link BureauException}, and the ledger stays a park's.
     */
    public void becomeBureau(String name, String city, Runnable onDone, Consumer<Throwable> onFailed) {
        Services open = services.get();
        if (open == null) {
            throw new IllegalStateException("No ledger is open");
        }
        executor.run(() -> open.bureau().init(name, city), parks -> {
            if (services.get() == open) { // else another ledger was opened meanwhile
                showAsBureau();
                onDone.run();
            }
        }, onFailed);
    }

    /**
     * The open ledger became a city bureau's by other means than {@link #becomeBureau} (the demo bureau was made in
     * it): the window shows its bureau screens. Nothing happens when the ledger is no bureau's after all.
     */
    public void bureauMade() {
        Services open = services.get();
        if (open != null && open.bureau().role() == LedgerRole.BUREAU) {
            showAsBureau();
        }
    }

    private void showAsBureau() {
        switching.set(true);
        try {
            role.set(LedgerRole.BUREAU);
            selectedPark.set(null);
        } finally {
            switching.set(false);
        }
    }

    /** Whose ledger is open: a park's (also while none is) or a city bureau's. */
    public ReadOnlyObjectProperty<LedgerRole> roleProperty() {
        return role.getReadOnlyProperty();
    }

    /** Whether the open ledger is a city bureau's, which the window shows in its bureau screens. */
    public boolean isBureau() {
        return services.get() != null && role.get() == LedgerRole.BUREAU;
    }

    /** Opens the ledger that failed or stopped once more, with the password it had. */
    public void openAgain(Consumer<Throwable> onFailed) {
        openLedger(ledger, password, onFailed);
    }

    private void opened(Services opened, Path path, LedgerPassword key, LedgerRole openedRole) {
        Services previous = services.get();
        stopWatch.run();
        // before the screens are built for the new ledger, which then watch it
        refresh.follow(opened);
        switching.set(true);
        try {
            role.set(openedRole);
            services.set(opened);
            password = key;
            databaseLabel.set(opened.server().map(on -> I18n.tr("status.database.server", on))
                    .orElseGet(() -> (opened.databaseFile() == null ? path.toString() : opened.databaseFile().toString())
                            + (opened.readOnly() ? I18n.tr("status.database.readOnly") : "")));
            selectedPark.set(opened.parks().selectedPark().orElse(null));
        } finally {
            switching.set(false);
        }
        loading.set(false);
        stopWatch = opened.onStopped(error -> Platform.runLater(() -> stopped(opened, error)));
        opened.followOtherWriters(); // a server's: another clerk's commit reloads the screens as this one's does
        if (previous != null) {
            previous.close();
        }
    }

    /** A failure of the file stopped the open ledger: nothing more can be read or written until it is opened again. */
    private void stopped(Services stoppedServices, Throwable error) {
        if (services.get() != stoppedServices) {
            return;
        }
        Services open = detach(); // no backup of a ledger whose file just failed
        if (open != null) {
            open.close();
        }
        databaseLabel.set(I18n.tr("status.database.failed", Services.fileOf(ledger)));
        failure.set(OpenFailure.of(ledger, error, true));
    }

    /** Why the ledger is not open (it failed to open, or a failure of its file stopped it); null while it is. */
    public ReadOnlyObjectProperty<OpenFailure> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The ledger open, or the last one the window tried to open. */
    public Path ledger() {
        return ledger;
    }

    /** Whether the first-run question (which park?) is still open; a bureau's ledger serves no one park. */
    public boolean needsParkChoice() {
        return services.get() != null && role.get() == LedgerRole.PARK && selectedPark.get() == null;
    }

    public List<Park> parks() {
        return services.get() == null ? List.of() : services.get().parks().parks();
    }

    /** Serves {@code park} from now on; a park without enterprises yet begins its first steps (the guide). */
    public void choosePark(Park park) {
        services.get().parks().selectPark(park.code());
        services.get().firstSteps().begin(park);
        selectedPark.set(park);
    }

    /**
     * True while a ledger just opened and its park are set one after the other: a screen built for the ledger waits
     * for its park (it is built once, when this turns false, not for the ledger and again for the park).
     */
    public ReadOnlyBooleanProperty switchingProperty() {
        return switching.getReadOnlyProperty();
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
        return navigation.sectionProperty();
    }

    /** The section shown, and what a screen asked another section to open. */
    public Navigation navigation() {
        return navigation;
    }

    /** The choices made inside the sections, kept while the window's views are built again (a new language). */
    public SectionMemory sectionMemory() {
        return memory;
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
     * then opens the ledger again with the password it had, whether the work succeeded or not; the screens wait
     * meanwhile. The questions of a first open (the demo, the park) are not asked again.
     */
    public <T> void whileClosed(Callable<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Services closing = detach();
        Path path = ledger;
        LedgerPassword key = password;
        loading.set(true);
        databaseLabel.set(I18n.tr("status.database.opening"));
        executor.run(() -> {
            if (closing != null) {
                closing.close();
            }
            return work.call();
        }, done -> start(path, () -> key, onFailed, opened -> onDone.accept(done)),
                error -> start(path, () -> key, reopening -> {
                    LOGGER.error("The ledger did not open again after a failed restore", reopening);
                    onFailed.accept(error);
                }, opened -> onFailed.accept(error)));
    }

    /**
     * Opens {@code path} in this window in place of the open ledger (文件 → 打开台账… / 新建台账…). The open one is
     * closed first, with its backup of the day as when the window closes, so that a ledger that does not open shows
     * its failure screen rather than leaving the old one on screen. Nothing happens when {@code path} is the open one.
     */
    public void switchLedger(Path path) {
        if (services.get() != null && server == null && ledger != null
                && Services.fileOf(ledger).equals(Services.fileOf(path))) {
            return;
        }
        Services closing = detach();
        loading.set(true);
        databaseLabel.set(I18n.tr("status.database.opening"));
        executor.run(() -> {
            if (closing != null) {
                closeWithBackup(closing);
            }
            return path;
        }, next -> openLedger(next, null, error -> { }), error -> openLedger(path, null, failed -> { }));
    }

    /** Closes the open ledger, after its backup of the day if none was made yet; called when the window closes. */
    public void close() {
        Services open = detach();
        if (open != null) {
            closeWithBackup(open);
        }
    }

    private static void closeWithBackup(Services open) {
        try {
            open.backups().onClose();
        } catch (RuntimeException e) {
            LOGGER.warn("The backup on close could not be made", e);
        } finally {
            open.close();
        }
    }

    /** Takes the open ledger from the screens, which stop watching it; returns it, still open, or null. */
    private Services detach() {
        refresh.follow(null);
        stopWatch.run();
        stopWatch = () -> { };
        Services open = services.get();
        services.set(null);
        return open;
    }
}
