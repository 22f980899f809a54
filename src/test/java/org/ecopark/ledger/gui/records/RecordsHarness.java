package org.ecopark.ledger.gui.records;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.TestLedgers;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.logic.records.RecordServices;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Database;
import org.ecopark.ledger.persistence.UnitOfWork;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A ledger in memory with the Zaozhuang park selected, and the view context a section gets in the
 * window. Questions (a deletion, dropping changes) are answered without a dialog, yes unless {@link #answer}
 * says no, and kept in {@link #asked}; tasks run synchronously on the FX thread.
 */
final class RecordsHarness implements AutoCloseable {

    final Database database;
    private final String databaseName;
    private final java.util.List<Database> others = new java.util.ArrayList<>();
    final Services services;
    final MainViewModel main;
    final ViewContext context;
    final Park park;
    /** The questions the section asked (title, then message), in order. */
    final java.util.List<String> asked = new java.util.ArrayList<>();
    /** What the user answers to a question: yes unless a test says otherwise. */
    boolean answer = true;

    RecordsHarness(String name, LocalDate asOf) {
        databaseName = name + "-" + System.nanoTime();
        database = Database.inMemory(databaseName);
        services = new Services(database, RecordFixtures.CLOCK);
        if (services.parks().parks().stream().noneMatch(p -> p.code().equals("ZZSZ"))) {
            TestLedgers.addPark(services, RecordFixtures.ZZSZ);
        }
        services.parks().selectPark("ZZSZ");
        park = services.parks().selectedPark().orElseThrow();
        main = new MainViewModel(UiExecutor.synchronous(), path -> services);
        main.asOfDateProperty().set(asOf);
        DialogService dialogs = new DialogService() {
            @Override
            public boolean confirm(String title, String message) {
                asked.add(title);
                asked.add(message);
                return answer;
            }
        };
        context = new ViewContext(main, dialogs, UiExecutor.synchronous(), () -> { });
    }

    /**
     * Opens the ledger through the main view model, as the window does, and shows a section built by
     * {@code view} once it is open (a task's handlers run on a later pulse, so a test waits with
     * {@link #awaitView}).
     */
    void show(Stage stage, Function<ViewContext, Node> view) {
        // within Monocle's headless screen (1280 x 800): a larger window overflows its painter
        show(stage, view, 1260, 780);
    }

    /** The same in a window of this size (1366 x 768: the office laptop of a park clerk). */
    void show(Stage stage, Function<ViewContext, Node> view, double width, double height) {
        // the window's theme, whose looked-up colours the records stylesheet uses
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        main.open(Path.of("in-memory"), opened -> {
            stage.setScene(new Scene(new StackPane(view.apply(context)), width, height));
            stage.show();
        }, error -> {
            throw new IllegalStateException(error);
        });
    }

    /** Waits until the section is on the stage. */
    static void awaitView(FxRobot robot, String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    RecordServices records() {
        return services.records();
    }

    /**
     * The record services of another clerk, audited as {@code user}, writing to the same ledger as this window over a
     * connection of their own, as from another PC: the window is not told of their commits.
     */
    RecordServices otherClerk(String user) {
        Database other = Database.inMemory(databaseName);
        others.add(other);
        return new RecordServices(new UnitOfWork(other), user, RecordFixtures.DATES);
    }

    Enterprise add(Enterprise enterprise) {
        return records().enterprises().save(enterprise, Map.of()).record();
    }

    @Override
    public void close() {
        main.close();
        for (Database other : others) {
            try {
                other.close();
            } catch (org.ecopark.ledger.persistence.DatabaseException e) {
                // the in-memory ledger they share was shut down with the window's: nothing left to close
            }
        }
    }
}
