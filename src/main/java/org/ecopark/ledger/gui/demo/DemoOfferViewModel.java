package org.ecopark.ledger.gui.demo;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.concurrent.Task;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.DemoBureau;
import org.ecopark.ledger.logic.demo.DemoSource;
import org.ecopark.ledger.logic.demo.LoadResult;

/**
 * The first-run offer of the demo: whether to make it (an empty ledger nobody has chosen a park for),
 * and loading it in the background with progress; afterwards the demo park is the selected one.
 */
public final class DemoOfferViewModel {

    private final MainViewModel main;
    private final UiExecutor executor;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty loading = new SimpleBooleanProperty(false);

    public DemoOfferViewModel(MainViewModel main, UiExecutor executor) {
        this.main = main;
        this.executor = executor;
    }

    /** Only a ledger without any record and without a chosen park is offered the demo. */
    public boolean shouldOffer() {
        Services services = main.servicesProperty().get();
        return services != null && main.needsParkChoice() && services.demo().ledgerIsEmpty();
    }

    /**
     * Loads the demo off the FX thread; on success the demo park becomes the selected park and
     * {@code onLoaded} gets what was written, on failure {@code onFailed} gets the error.
     */
    public void load(Consumer<LoadResult> onLoaded, Consumer<Throwable> onFailed) {
        Services services = main.servicesProperty().get();
        Task<LoadResult> task = new Task<>() {
            @Override
            protected LoadResult call() {
                return services.demo().load(DemoSource.bundled(), false, this::updateProgress);
            }
        };
        progress.bind(task.progressProperty());
        loading.set(true);
        task.setOnSucceeded(event -> {
            finish();
            services.parks().selectedPark().ifPresent(main::choosePark);
            onLoaded.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finish();
            onFailed.accept(task.getException());
        });
        executor.execute(task);
    }

    /** Whether the ledger may be made the demo city bureau instead: a new, empty park's ledger. */
    public boolean canOfferBureau() {
        Services services = main.servicesProperty().get();
        return services != null && services.demoBureau().ledgerIsEmpty();
    }

    /**
     * Makes the demo city bureau off the FX thread (its parks' packages made and received for real); on success the
     * window shows the bureau's screens and {@code onMade} gets what was made, on failure {@code onFailed} the error.
     */
    public void loadBureau(Consumer<DemoBureau.Result> onMade, Consumer<Throwable> onFailed) {
        Services services = main.servicesProperty().get();
        Task<DemoBureau.Result> task = new Task<>() {
            @Override
            protected DemoBureau.Result call() {
                return services.demoBureau().make(this::updateProgress, step -> { });
            }
        };
        progress.bind(task.progressProperty());
        loading.set(true);
        task.setOnSucceeded(event -> {
            finish();
            main.bureauMade();
            onMade.accept(task.getValue());
        });
        task.setOnFailed(event -> {
            finish();
            onFailed.accept(task.getException());
        });
        executor.execute(task);
    }

    private void finish() {
        progress.unbind();
        loading.set(false);
    }

    /** Between 0 and 1 while loading; -1 (indeterminate) before the first step. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading;
    }
}
