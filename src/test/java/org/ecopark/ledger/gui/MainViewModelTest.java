package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.TestLedgers;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;

class MainViewModelTest {

    @TempDir
    Path folder;

    private MainViewModel model;

    @BeforeAll
    static void startToolkit() throws Exception {
        org.ecopark.ledger.l10n.I18n.setLocale(org.ecopark.ledger.l10n.I18n.CHINESE);
        // Task needs the FX toolkit for its state changes.
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.close();
        }
    }

    @Test
    void openingTheLedgerPublishesItsServicesAndFile() {
        model = new MainViewModel(UiExecutor.synchronous(), path -> Services.open(path));
        AtomicReference<Services> opened = new AtomicReference<>();
        model.open(folder.resolve("ledger"), opened::set, error -> { });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened.get()).isNotNull();
        assertThat(model.servicesProperty().get()).isSameAs(opened.get());
        assertThat(model.databaseLabelProperty().get()).endsWith("ledger.mv.db");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aLedgerWithoutAChosenParkAsksForOne() {
        model = new MainViewModel(UiExecutor.synchronous(), path -> servicesWithPark());
        model.open(folder.resolve("x"), services -> { }, error -> { });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(model.needsParkChoice()).isTrue();
        Park park = model.parks().stream().filter(p -> p.code().equals("TESTPK")).findFirst().orElseThrow();
        model.choosePark(park);

        assertThat(model.needsParkChoice()).isFalse();
        assertThat(model.selectedParkProperty().get()).isEqualTo(park);
        assertThat(model.servicesProperty().get().parks().selectedPark()).contains(park);
    }

    @Test
    void aFailureToOpenIsReportedAndLeavesNoServices() {
        model = new MainViewModel(UiExecutor.synchronous(), path -> {
            throw new IllegalStateException("locked by another process");
        });
        AtomicReference<Throwable> failure = new AtomicReference<>();
        model.open(folder.resolve("x"), services -> { }, failure::set);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(failure.get()).hasMessageContaining("locked");
        assertThat(model.servicesProperty().get()).isNull();
        assertThat(model.loadingProperty().get()).isFalse();
        // the window shows this in place of the spinner; the error's own words stay in the log
        assertThat(model.failureProperty().get().message()).startsWith("台账 " + folder.resolve("x.mv.db") + " 没有打开")
                .doesNotContain("locked");
    }

    @Test
    void aBureauLedgerOpensAsABureausWithNoParkToChoose() {
        Path bureau = folder.resolve("bureau");
        try (Services services = Services.open(bureau)) {
            services.bureau().init("枣庄市生态环境局", "枣庄市");
        }
        model = new MainViewModel(UiExecutor.synchronous(), path -> Services.open(path));
        AtomicReference<Throwable> failure = new AtomicReference<>();
        model.open(bureau, services -> { }, failure::set);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(failure.get()).isNull();
        assertThat(model.failureProperty().get()).isNull();
        assertThat(model.servicesProperty().get()).isNotNull();
        assertThat(model.roleProperty().get()).isEqualTo(org.ecopark.ledger.model.LedgerRole.BUREAU);
        assertThat(model.isBureau()).isTrue();
        assertThat(model.needsParkChoice()).isFalse();
    }

    @Test
    void aNewLedgerBecomesABureausThroughTheLogic() {
        model = new MainViewModel(UiExecutor.synchronous(), path -> Services.open(path));
        model.open(folder.resolve("new"), services -> { }, error -> { });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.isBureau()).isFalse();
        assertThat(model.needsParkChoice()).isTrue();

        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        AtomicReference<Throwable> refused = new AtomicReference<>();
        model.becomeBureau("枣庄市生态环境局", "枣庄市", () -> done.set(true), refused::set);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(refused.get()).isNull();
        assertThat(done).isTrue();
        assertThat(model.isBureau()).isTrue();
        assertThat(model.needsParkChoice()).isFalse();
        assertThat(model.servicesProperty().get().bureau().profile())
                .contains(new org.ecopark.ledger.logic.bureau.BureauService.Profile("枣庄市生态环境局", "枣庄市"));
    }

    @Test
    void aLedgerWithRecordsStaysAParksAndSaysWhy() {
        model = new MainViewModel(UiExecutor.synchronous(), path -> Services.open(path));
        model.open(folder.resolve("records"), services -> { }, error -> { });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Services open = model.servicesProperty().get();
        open.demo().load(false);

        AtomicReference<Throwable> refused = new AtomicReference<>();
        model.becomeBureau("济南市生态环境局", "济南市", () -> { }, refused::set);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        assertThat(refused.get()).isInstanceOf(org.ecopark.ledger.logic.bureau.BureauException.class)
                .hasMessage(org.ecopark.ledger.l10n.I18n.tr("bureau.init.notEmpty"));
        assertThat(model.isBureau()).isFalse();
        assertThat(open.bureau().role()).isEqualTo(org.ecopark.ledger.model.LedgerRole.PARK);
    }

    @Test
    void closingTheLedgerBacksItUpOnceADay() throws Exception {
        java.time.Clock clock = org.ecopark.ledger.logic.records.RecordFixtures.CLOCK;
        Path ledger = folder.resolve("ledger");
        for (int close = 0; close < 2; close++) {
            model = new MainViewModel(UiExecutor.synchronous(), path -> Services.open(path, clock));
            model.open(ledger, services -> { }, error -> { });
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
            model.close();
            assertThat(model.servicesProperty().get()).isNull();
        }

        try (var backups = java.nio.file.Files.list(folder.resolve("backups"))) {
            assertThat(backups.map(file -> file.getFileName().toString()))
                    .containsExactly("ledger-20261206-000000-daily.zip");
        }
    }

    static Services servicesWithPark() {
        Services services = new Services(Database.inMemory("main-vm-" + System.nanoTime()));
        TestLedgers.addPark(services, new Park(0, "TESTPK", "测试生态环保产业园区", "测试", "济南市", "历城区", null, "环境服务", false));
        return services;
    }
}
