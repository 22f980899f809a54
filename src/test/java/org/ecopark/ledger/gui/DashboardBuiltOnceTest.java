package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.dashboard.DashboardView;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A ledger opening with its park builds the dashboard once: it was built for the ledger (without a park yet) and
 * again for the park a moment later, doubling the window's work before the cards showed.
 */
@ExtendWith(ApplicationExtension.class)
class DashboardBuiltOnceTest {

    @TempDir
    static Path folder;
    private static Path demo;

    private final AtomicInteger dashboards = new AtomicInteger();
    private MainViewModel main;

    @BeforeAll
    static void demoLedger() {
        demo = DemoWindow.demoLedger(folder);
    }

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        main = new MainViewModel(UiExecutor.background(),
                (java.util.function.Function<Path, Services>) path -> Services.open(path));
        ViewContext context = new ViewContext(main, new DialogService(), UiExecutor.background(), () -> { });
        SectionViews views = new SectionViews().register(Section.DASHBOARD, built -> {
            dashboards.incrementAndGet();
            return DashboardView.create(built);
        });
        MainWindow window = new MainWindow(context, views, () -> { }, () -> { }, stage::close);
        stage.setScene(new Scene(window.build(), 1100, 700));
        stage.show();
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
        Services open = main.servicesProperty().get();
        if (open != null) {
            open.close();
        }
    }

    @Test
    void aLedgerOpenedWithItsParkBuildsTheDashboardOnce(FxRobot robot) throws Exception {
        robot.interact(() -> main.open(demo, opened -> { }, error -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#dashboard-cards").tryQuery()
                .map(cards -> !((FlowPane) cards).getChildren().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(main.selectedParkProperty().get()).isNotNull();
        assertThat(dashboards).hasValue(1);
    }

    @Test
    void anotherParkBuildsTheDashboardAgain(FxRobot robot) throws Exception {
        robot.interact(() -> main.open(demo, opened -> { }, error -> { }));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> main.servicesProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        int before = dashboards.get();
        robot.interact(() -> main.selectedParkProperty().set(main.parks().stream()
                .filter(park -> !park.equals(main.selectedParkProperty().get())).findFirst().orElseThrow()));

        assertThat(dashboards).hasValue(before + 1);
    }
}
