package org.ecopark.ledger.gui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.help.HelpWindow;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.LedgerPassword;
import org.ecopark.ledger.logic.LedgerPreload;
import org.ecopark.ledger.logic.Locations;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.WindowCalls;
import org.ecopark.ledger.model.ServerAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's composition root: shows the window at once with a light first frame, then builds the view model's
 * screens in its place and opens the database behind them (or takes it from the {@link LedgerPreload} the program
 * began before JavaFX started).
 */
public class LedgerApp extends Application {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerApp.class);

    private MainViewModel model;
    private Stage stage;
    private LedgerPreload preload;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        UserPreferences preferences = UserPreferences.load(Locations.dataDirectory());
        String named = getParameters().getNamed().get("db");
        I18n.setLocale(preferences.language());
        Optional<ServerAddress> server = named == null ? preferences.server() : ServerAddress.parse(named);
        if (server.isPresent()) {
            DialogService dialogs = new DialogService();
            UiExecutor executor = UiExecutor.background();
            model = startOnServer(primaryStage, server.get(), preferences, executor, dialogs,
                    new org.ecopark.ledger.gui.backup.FailureRestorer(dialogs, executor, () -> primaryStage,
                            Clock.systemDefaultZone()));
            return;
        }
        Path database = named != null ? Path.of(named) : Locations.windowLedger(preferences);
        preload = LedgerPreload.takeForWindow(database).orElse(null);
        DialogService dialogs = new DialogService();
        UiExecutor executor = UiExecutor.background();
        model = start(primaryStage, database, preferences, executor, dialogs,
                new org.ecopark.ledger.gui.backup.FailureRestorer(dialogs, executor, () -> primaryStage,
                        Clock.systemDefaultZone()), preload);
    }

    /** Builds and shows the window on {@code stage}; the tests start the window through here too. */
    public static MainViewModel start(Stage stage, Path database, UserPreferences preferences, UiExecutor executor) {
        DialogService dialogs = new DialogService();
        return start(stage, database, preferences, executor, dialogs,
                new org.ecopark.ledger.gui.backup.FailureRestorer(dialogs, executor, () -> stage, Clock.systemDefaultZone()));
    }

    /**
     * Builds and shows the window on {@code stage} with these dialogs and this way of restoring backups.
     *
     * @param restorer offered beside "open another ledger" when a ledger cannot be opened
     */
    public static MainViewModel start(Stage stage, Path database, UserPreferences preferences, UiExecutor executor,
                                      DialogService dialogs, BackupRestorer restorer) {
        return start(stage, database, preferences, executor, dialogs, restorer, null);
    }

    /**
     * Shows the window on {@code stage} for the ledger on {@code server}: the main window, then the question for the
     * password of the server's user ({@link ServerPasswordDialog}), then the ledger; a failure, or no password, shows
     * in the window with the connection to correct, or the way back to the ledger file.
     */
    public static MainViewModel startOnServer(Stage stage, ServerAddress server, UserPreferences preferences,
                                              UiExecutor executor, DialogService dialogs, BackupRestorer restorer) {
        WindowCalls calls = listenForCalls(stage);
        LedgerHolder holder = calls == null ? LedgerHolder.program() : LedgerHolder.window(calls);
        MainViewModel main = new MainViewModel(executor, (MainViewModel.Opener) (path, password) ->
                Services.open(path, password, holder));
        Scene scene = frame(stage, main, preferences, dialogs, calls);
        afterFirstFrame(scene, () -> {
            if (!stage.isShowing()) {
                return;
            }
            buildMainWindow(stage, scene, main, preferences, executor, dialogs, restorer);
            main.afterOpen(services -> askForParkIfNeeded(stage, main));
            ServerPasswordDialog.connect(stage, main, server, () -> main.noServerPassword(server));
        });
        stage.show();
        return main;
    }

    /** The first frame on {@code stage}, and what closing the window does. */
    private static Scene frame(Stage stage, MainViewModel main, UserPreferences preferences, DialogService dialogs,
                               WindowCalls calls) {
        // sized by the window (place()), not by the scene: the title bar counts, so the status bar stays in sight
        Scene scene = new Scene(StartShell.build());
        stage.setTitle(I18n.tr("app.title"));
        stage.setScene(scene);
        dialogs.setOwner(stage);
        UnexpectedErrors.install(dialogs);
        WindowMemory.attach(stage, preferences);
        stage.setOnHidden(event -> {
            main.close();
            if (calls != null) {
                calls.close();
            }
        });
        return scene;
    }

    /**
     * Shows the window on {@code stage} at once with a light first frame ({@link StartShell}), then builds the main
     * window in its place and opens the ledger. With a {@code preload} the ledger is being opened already, and the
     * window takes it and its first evaluation from there.
     *
     * @param preload the ledger opening while the window starts, or null for none
     */
    public static MainViewModel start(Stage stage, Path database, UserPreferences preferences, UiExecutor executor,
                                      DialogService dialogs, BackupRestorer restorer, LedgerPreload preload) {
        WindowCalls calls = preload == null ? listenForCalls(stage) : preload.calls();
        if (preload != null) {
            preload.onCall(() -> bringForward(stage));
        }
        LedgerHolder holder = calls == null ? LedgerHolder.program() : LedgerHolder.window(calls);
        MainViewModel main = new MainViewModel(executor, new PreloadFirst(preload, holder));
        main.usePreload(preload);
        Scene scene = frame(stage, main, preferences, dialogs, calls);
        afterFirstFrame(scene, () -> {
            if (!stage.isShowing()) {
                return; // closed before its first frame was drawn
            }
            buildMainWindow(stage, scene, main, preferences, executor, dialogs, restorer);
            // a failure to open shows in the window itself (OpenFailureView), with what can be done next
            main.open(database, services -> org.ecopark.ledger.gui.demo.DemoOffer.offer(stage, main, executor,
                    dialogs, () -> askForParkIfNeeded(stage, main)), error -> { });
        });
        stage.show();
        return main;
    }

    /**
     * Runs {@code then} on the FX thread once the scene's first frame is laid out, so that it is drawn before the
     * heavy work {@code then} does.
     */
    private static void afterFirstFrame(Scene scene, Runnable then) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    /** The theme, the main window's layout and its dialogs, put in place of the first frame's shell. */
    private static void buildMainWindow(Stage stage, Scene scene, MainViewModel main, UserPreferences preferences,
                                        UiExecutor executor, DialogService dialogs, BackupRestorer restorer) {
        // JVM-wide, and set before the first control is made, so that JavaFX's own theme is never loaded
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        // after the first frame too: decoding it is image machinery the shell does without
        stage.getIcons().add(new Image(LedgerApp.class.getResourceAsStream("/icons/ecopark-ledger.png")));
        scene.getStylesheets().add(LedgerApp.class.getResource("/css/app.css").toExternalForm());
        Runnable[] relocalize = new Runnable[1];
        ViewContext context = new ViewContext(main, dialogs, executor, () -> relocalize[0].run());
        // made when first asked for: it reads every chapter of the guide
        HelpWindow[] guide = new HelpWindow[1];
        MainWindow window = new MainWindow(context, SectionViews.standard(preferences),
                () -> {
                    if (guide[0] == null) {
                        guide[0] = new HelpWindow(stage);
                    }
                    if (main.isBureau()) {
                        guide[0].show(org.ecopark.ledger.gui.help.GuideChapter.BUREAU_LEDGER);
                    } else {
                        guide[0].show(main.sectionProperty().get());
                    }
                },
                () -> AboutDialog.create(stage, main.servicesProperty().get()).showAndWait(), stage::close,
                failure -> new OpenFailureView(new OpenFailureViewModel(main, failure, dialogs, restorer, executor,
                        stage::close)).build());
        relocalize[0] = () -> {
            stage.setTitle(windowTitle(main));
            // the root, not the scene: the scene stays the one shown first (and watched since)
            scene.setRoot(window.build());
            if (guide[0] != null) {
                guide[0].followLanguage();
            }
        };
        relocalize[0].run();
        main.useLocalLedger(() -> Locations.windowLedger(preferences));
        main.servicesProperty().addListener((obs, old, services) -> {
            if (services != null) {
                rememberLedger(preferences, services.server().orElse(null), main.ledger());
            }
            stage.setTitle(windowTitle(main));
        });
        main.roleProperty().addListener((obs, old, role) -> stage.setTitle(windowTitle(main)));
    }

    /** The program's name; for a city bureau's ledger, the bureau's name and city first. */
    static String windowTitle(MainViewModel main) {
        if (!main.isBureau()) {
            return I18n.tr("app.title");
        }
        return main.servicesProperty().get().bureau().profile()
                .map(profile -> I18n.tr("bureau.gui.windowTitle", profile.name(),
                        profile.city() == null ? I18n.tr("bureau.gui.allCities") : profile.city()))
                .orElse(I18n.tr("app.title"));
    }

    /**
     * Lets a second start of the program on the same ledger bring this window forward ({@link WindowCalls}); null
     * when no local port can be had, which only costs that.
     */
    private static WindowCalls listenForCalls(Stage stage) {
        try {
            return WindowCalls.listen(() -> bringForward(stage));
        } catch (IOException e) {
            LOGGER.info("This window cannot be called forward by a second start: {}", e.toString());
            return null;
        }
    }

    private static void bringForward(Stage stage) {
        Platform.runLater(() -> {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        });
    }

    /** The ledger the window opens at its next start when none is named: on {@code server}, else the file. */
    private static void rememberLedger(UserPreferences preferences, ServerAddress server, Path ledger) {
        try {
            preferences.setServer(server);
            if (server == null) {
                preferences.setLastLedger(ledger);
            }
        } catch (java.io.UncheckedIOException e) {
            LOGGER.warn("Which ledger was open could not be kept for the next start", e);
        }
    }

    private static void askForParkIfNeeded(Stage stage, MainViewModel main) {
        if (main.needsParkChoice()) {
            ParkChooserDialog.ask(stage, main.parks()).ifPresent(main::choosePark);
        }
    }

    @Override
    public void stop() {
        if (model != null) {
            model.close();
        }
        if (preload != null) {
            preload.discard(); // a ledger opened for a window closed before it took it
        }
    }

    Stage stage() {
        return stage;
    }

    /** Opens a ledger for the window: the first time, the one opened while the window started if it is that one. */
    private static final class PreloadFirst implements MainViewModel.Opener {

        private final AtomicReference<LedgerPreload> untaken;
        private final LedgerHolder holder;

        PreloadFirst(LedgerPreload preload, LedgerHolder holder) {
            this.untaken = new AtomicReference<>(preload);
            this.holder = holder;
        }

        @Override
        public Services open(Path path, LedgerPassword password) {
            LedgerPreload early = untaken.getAndSet(null);
            Optional<Services> opened = early == null ? Optional.empty() : early.take(path, password);
            return opened.orElseGet(() -> Services.open(path, password, holder));
        }

        @Override
        public boolean openedAlready(Path path) {
            LedgerPreload early = untaken.get();
            return early != null && early.openedAlready(path);
        }
    }
}
