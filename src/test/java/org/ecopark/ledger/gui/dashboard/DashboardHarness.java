package org.ecopark.ledger.gui.dashboard;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.persistence.Database;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The view context the dashboard gets in the window, over a ledger with the demo park (枣庄市中区)
 * loaded. Loading the demo takes a while, so a test class loads it once ({@link #demoLedger}) and each
 * test gets a fresh window state over it, with the demo park selected again. Tasks run synchronously;
 * an error fails the test instead of opening a dialog.
 */
final class DashboardHarness {

    final Services services;
    final MainViewModel main;
    final ViewContext context;

    static Services demoLedger(String name) {
        Services services = new Services(Database.inMemory(name + "-" + System.nanoTime()));
        services.demo().load(false);
        return services;
    }

    /**
     * Must be called on the FX thread. The main view model opens the ledger through a task whose result
     * arrives in a later FX event: build the screens after the FX events have been processed.
     */
    DashboardHarness(Services services, LocalDate asOf) {
        this.services = services;
        services.parks().selectPark("ZZSZ");
        main = new MainViewModel(UiExecutor.synchronous(), path -> services);
        main.open(Path.of("in-memory"), opened -> { }, error -> {
            throw new IllegalStateException(error);
        });
        main.asOfDateProperty().set(asOf);
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String message, Throwable error) {
                throw new AssertionError(message, error);
            }

            @Override
            public boolean confirm(String title, String message) {
                return true;
            }
        };
        context = new ViewContext(main, dialogs, UiExecutor.synchronous(), () -> { });
    }

    void choosePark(String code) {
        main.choosePark(main.parks().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow());
    }

    Target target(String code) {
        return services.targets().find("SD311", code).orElseThrow();
    }

    /** Runs view model code on the FX thread, as the screens do, and waits for it and the events it queued. */
    static void fx(Runnable action) {
        try {
            // generous: evaluating a park is a few dozen queries, but CI machines can be slow and busy
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(action));
        } catch (TimeoutException e) {
            throw new AssertionError("FX action did not finish", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
