package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.TestLedgers;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.LedgerChange;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * Commits made through the services, on a worker thread as the window's tasks and the command line make them,
 * reach the screens on the FX thread, once for a burst; the hand-over to the FX thread is held here so that a
 * test sees exactly what is handed over.
 */
class LedgerRefreshTest {

    private final List<Runnable> handOvers = new ArrayList<>();
    private final List<LedgerChange> reloads = new ArrayList<>();
    private final List<Boolean> onFxThread = new ArrayList<>();
    private Services services;
    private long parkId;
    private LedgerRefresh refresh;
    private StackPane screen;
    private Scene scene;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        services = ledger();
        parkId = parkOf(services);
        refresh = new LedgerRefresh(handOvers::add);
        refresh.follow(services);
        OnFxThread.run(() -> {
            screen = new StackPane();
            scene = new Scene(new StackPane(screen));
        });
    }

    @AfterEach
    void close() {
        refresh.follow(null);
        services.close();
    }

    @Test
    void aBurstOfCommitsOnAnotherThreadReachesAShownScreenOnceOnTheFxThreadWithEveryTableWritten() throws Exception {
        OnFxThread.run(() -> refresh.watch(screen, LedgerTables.ANY, this::reloaded));

        CompletableFuture.runAsync(() -> {
            var enterprise = services.records().enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
            services.records().patents().save(RecordFixtures.invention(List.of(enterprise.id())), Map.of());
        }).get(30, TimeUnit.SECONDS);

        assertThat(handOvers).as("one hand-over for the burst").hasSize(1);
        assertThat(reloads).as("nothing before the FX thread runs the hand-over").isEmpty();
        handOver();
        assertThat(reloads).singleElement().satisfies(change -> assertThat(change.tables())
                .contains("enterprise", "patent", "patent_owner"));
        assertThat(onFxThread).containsExactly(true);
    }

    @Test
    void aScreenReadingOtherTablesIsNotReloaded() {
        OnFxThread.run(() -> refresh.watch(screen, LedgerTables.reads("patent"), this::reloaded));

        services.records().enterprises().save(RecordFixtures.xinquan(parkId), Map.of());
        handOver();

        assertThat(reloads).isEmpty();
    }

    @Test
    void aScreenNotShownReloadsOnceWhenItIsShownAgainWithWhatItMissed() {
        OnFxThread.run(() -> {
            refresh.watch(screen, LedgerTables.ANY, this::reloaded);
            ((StackPane) scene.getRoot()).getChildren().clear();
        });

        var enterprise = services.records().enterprises().save(RecordFixtures.xinquan(parkId), Map.of()).record();
        handOver();
        services.records().patents().save(RecordFixtures.invention(List.of(enterprise.id())), Map.of());
        handOver();
        assertThat(reloads).as("a screen not shown waits").isEmpty();

        OnFxThread.run(() -> ((StackPane) scene.getRoot()).getChildren().add(screen));

        assertThat(reloads).singleElement().satisfies(change -> assertThat(change.tables())
                .contains("enterprise", "patent"));
    }

    @Test
    void anotherLedgerOpenedDropsTheScreensOfTheFirstAndStopsFollowingIt() {
        OnFxThread.run(() -> refresh.watch(screen, LedgerTables.ANY, this::reloaded));
        Services other = ledger();
        try {
            refresh.follow(other);

            services.records().enterprises().save(RecordFixtures.xinquan(parkId), Map.of());
            assertThat(handOvers).as("the first ledger is no longer followed").isEmpty();
            other.records().enterprises().save(RecordFixtures.xinquan(parkOf(other)), Map.of());
            handOver();
            assertThat(reloads).as("its screens are gone with it").isEmpty();
        } finally {
            other.close();
        }
    }

    private void reloaded(LedgerChange change) {
        reloads.add(change);
        onFxThread.add(Platform.isFxApplicationThread());
    }

    /** Runs what was handed over to the FX thread, there. */
    private void handOver() {
        List<Runnable> pending = List.copyOf(handOvers);
        handOvers.clear();
        OnFxThread.run(() -> pending.forEach(Runnable::run));
    }

    private static Services ledger() {
        Services services = new Services(Database.inMemory("ledger-refresh-" + System.nanoTime()));
        if (services.parks().parks().stream().noneMatch(p -> p.code().equals("ZZSZ"))) {
            TestLedgers.addPark(services, RecordFixtures.ZZSZ);
        }
        return services;
    }

    private static long parkOf(Services services) {
        return services.parks().parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().map(Park::id)
                .orElseThrow();
    }
}
