package org.ecopark.ledger.gui;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.Locations;

/**
 * The window's composition root: builds the view model, the dialogs and the sections, shows the
 * window at once and opens the database behind it.
 */
public class LedgerApp extends Application {

    private MainViewModel model;
    private Stage stage;

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Path database = getParameters().getNamed().containsKey("db")
                ? Path.of(getParameters().getNamed().get("db")) : Locations.defaultDatabase();
        UserPreferences preferences = UserPreferences.load(Locations.dataDirectory());
        I18n.setLocale(preferences.language());
        model = start(primaryStage, database, preferences, UiExecutor.background());
    }

    /** Builds and shows the window on {@code stage}; the tests start the window through here too. */
    public static MainViewModel start(Stage stage, Path database, UserPreferences preferences, UiExecutor executor) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        DialogService dialogs = new DialogService();
        MainViewModel main = new MainViewModel(executor, Services::open);
        Scene scene = new Scene(new javafx.scene.layout.Pane(), 1280, 800);
        scene.getStylesheets().add(LedgerApp.class.getResource("/css/app.css").toExternalForm());
        Runnable[] relocalize = new Runnable[1];
        ViewContext context = new ViewContext(main, dialogs, executor, () -> relocalize[0].run());
        MainWindow window = new MainWindow(context, SectionViews.standard(preferences),
                () -> AboutDialog.create(stage, main.servicesProperty().get()).showAndWait(), stage::close);
        relocalize[0] = () -> {
            stage.setTitle(I18n.tr("app.title"));
            scene.setRoot(window.build());
        };
        relocalize[0].run();
        stage.setScene(scene);
        stage.getIcons().add(new Image(LedgerApp.class.getResourceAsStream("/icons/ecopark-ledger.png")));
        dialogs.setOwner(stage);
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> Platform.runLater(
                () -> dialogs.showError(I18n.tr("error.unexpected"), error)));
        stage.setOnHidden(event -> main.close());
        StartupProbe.watchIfAsked(stage, true);
        stage.show();
        main.open(database, services -> org.ecopark.ledger.gui.demo.DemoOffer.offer(stage, main, executor, dialogs,
                        () -> askForParkIfNeeded(stage, main)),
                error -> dialogs.showError(I18n.tr("error.database.open", database), error));
        return main;
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
