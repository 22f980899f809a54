package org.ecopark.ledger.gui.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.demo.LoadResult;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

class DemoOfferViewModelTest {

    private Services services;
    private MainViewModel main;

    @BeforeAll
    static void startToolkit() throws Exception {
        // A Task reports its result through the FX thread.
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        I18n.setLocale(I18n.CHINESE);
        services = new Services(Database.inMemory("demo-offer-" + System.nanoTime()));
        main = new MainViewModel(UiExecutor.synchronous(), path -> services);
        main.open(Path.of("unused"), opened -> { }, error -> { });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close() {
        main.close();
    }

    @Test
    void anEmptyLedgerWithoutAParkIsOfferedTheDemo() {
        assertThat(new DemoOfferViewModel(main, UiExecutor.synchronous()).shouldOffer()).isTrue();
    }

    @Test
    void aLedgerWithRecordsIsNotOfferedTheDemoEvenWithoutAPark() {
        services.generator().generate(3, 1, 1);

        assertThat(main.needsParkChoice()).isTrue();
        assertThat(new DemoOfferViewModel(main, UiExecutor.synchronous()).shouldOffer()).isFalse();
    }

    @Test
    void loadingTheDemoSelectsItsParkAndReportsTheCounts() {
        DemoOfferViewModel model = new DemoOfferViewModel(main, UiExecutor.synchronous());
        AtomicReference<LoadResult> loaded = new AtomicReference<>();
        AtomicReference<Throwable> failed = new AtomicReference<>();

        model.load(loaded::set, failed::set);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(failed.get()).isNull();
        assertThat(loaded.get().counts()).containsEntry("enterprise", 42);
        assertThat(main.selectedParkProperty().get().code()).isEqualTo("ZZSZ");
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        assertThat(model.shouldOffer()).isFalse();
    }

    @Test
    void aFailedLoadIsReportedAndSelectsNothing() {
        services.generator().generate(2, 1, 1);
        DemoOfferViewModel model = new DemoOfferViewModel(main, UiExecutor.synchronous());
        AtomicReference<Throwable> failed = new AtomicReference<>();

        model.load(result -> { }, failed::set);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(failed.get()).hasMessageContaining("数据库中已有记录");
        assertThat(main.selectedParkProperty().get()).isNull();
    }
}
