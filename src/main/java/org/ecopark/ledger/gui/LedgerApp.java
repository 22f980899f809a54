package org.ecopark.ledger.gui;

import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.help.HelpWindow;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.LedgerHolder;
import org.ecopark.ledger.logic.Locations;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.WindowCalls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's composition root: builds the view model, the dialogs and the sections, shows the
 * window at once and opens the database behind it.
 */
public class LedgerApp extends Application {

    private static final Logger LOGGER = LoggerFactory.getLogger(LedgerApp.class);

    private MainViewModel model;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        UserPreferences preferences = UserPreferences.load(Locations.dataDirectory());
        Path database = getParameters().getNamed().containsKey("db")
                ? Path.of(getParameters().getNamed().get("db")) : Locations.windowLedger(preferences);
        I18n.setLocale(preferences.language());
        model = start(primaryStage, database, preferences, UiExecutor.background());
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
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WindowCalls calls = listenForCalls(stage);
        LedgerHolder holder = calls == null ? LedgerHolder.program() : LedgerHolder.window(calls);
        MainViewModel main = new MainViewModel(executor,
                (MainViewModel.Opener) (path, password) -> Services.open(path, password, holder));
        // sized by the window (place()), not by the scene: the title bar counts, so the status bar stays in sight
        Scene scene = new Scene(new javafx.scene.layout.Pane());
        scene.getStylesheets().add(LedgerApp.class.getResource("/css/app.css").toExternalForm());
        Runnable[] relocalize = new Runnable[1];
        ViewContext context = new ViewContext(main, dialogs, executor, () -> relocalize[0].run());
        HelpWindow guide = new HelpWindow(stage);
        MainWindow window = new MainWindow(context, SectionViews.standard(preferences),
                () -> guide.show(main.sectionProperty().get()),
                () -> AboutDialog.create(stage, main.servicesProperty().get()).showAndWait(), stage::close,
                failure -> new OpenFailureView(new OpenFailureViewModel(main, failure, dialogs, restorer, executor,
                        stage::close)).build());
        relocalize[0] = () -> {
            stage.setTitle(I18n.tr("app.title"));
            scene.setRoot(window.build());
            guide.followLanguage();
        };
        relocalize[0].run();
        stage.setScene(scene);
        stage.getIcons().add(new Image(LedgerApp.class.getResourceAsStream("/icons/ecopark-ledger.png")));
        dialogs.setOwner(stage);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> Platform.runLater(
                () -> dialogs.showError(I18n.tr("error.unexpected"), error)));
        WindowMemory.attach(stage, preferences);
        main.servicesProperty().addListener((obs, old, services) -> {
            if (services != null) {
                rememberLedger(preferences, main.ledger());
            }
        });
        stage.setOnHidden(event -> {
            main.close();
            if (calls != null) {
                calls.close();
            }
        });
        stage.show();
        // a failure to open shows in the window itself (OpenFailureView), with what can be done next
        main.open(database, services -> org.ecopark.ledger.gui.demo.DemoOffer.offer(stage, main, executor, dialogs,
                        () -> askForParkIfNeeded(stage, main)), error -> { });
        return main;
    }

    /**
     * Lets a second start of the program on the same ledger bring this window forward ({@link WindowCalls}); null
     * when no local port can be had, which only costs that.
     */
    private static WindowCalls listenForCalls(Stage stage) {
        try {
            return WindowCalls.listen(() -> Platform.runLater(() -> {
                stage.setIconified(false);
                stage.show();
                stage.toFront();
                stage.requestFocus();
            }));
        } catch (IOException e) {
            LOGGER.info("This window cannot be called forward by a second start: {}", e.toString());
            return null;
        }
    }

    /** The ledger the window opens at its next start when none is named. */
    private static void rememberLedger(UserPreferences preferences, Path ledger) {
        try {
            preferences.setLastLedger(ledger);
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
    }

    Stage stage() {
        return stage;
    }
}
