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
