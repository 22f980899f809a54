package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckListView;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.StatPeriod;
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
 * The real window on the demo park: whatever is saved, through a form or straight through the services on
 * another thread, shows at once on every screen already built (issue #15), without a restart, a manual
 * refresh or moving the as-of date. The demo (主营业务收入 55.23 of 60 亿元 in 2025) is loaded once; each test
 * opens a copy of it.
 */
@ExtendWith(ApplicationExtension.class)
class ScreensFollowTheLedgerTest {

    /** Left the park in 2024, so it has no figure for 2025-12 (and none for 2024-12 to jump from). */
    private static final String QINGDA = "枣庄清达环保咨询有限公司";
    private static final String REVENUE_CARD = "#card-value-ZZSZ-T02";
    private static final String REVENUE_STATUS = "#card-status-ZZSZ-T02";

    @TempDir
    static Path folder;
    private static Path demo;

    private MainViewModel model;

    @BeforeAll
    static void demoLedger() {
        demo = DemoWindow.demoLedger(folder);
    }

    @Start
    void start(Stage stage) throws IOException {
        I18n.setLocale(I18n.CHINESE);
        model = DemoWindow.open(stage, demo, folder);
    }

    @AfterEach
    void closeWindow() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void statisticsSavedInTheFormShowOnTheDashboardAtOnce(FxRobot robot) throws Exception {
        awaitOpen(robot);
        assertThat(text(robot, REVENUE_STATUS)).isEqualTo("逾期未完成");

        robot.clickOn("#nav-statistics");
        ListView<Enterprise> enterprises = robot.lookup("#stat-enterprises").queryListView();
        await(() -> !enterprises.getItems().isEmpty());
        Enterprise qingda = enterprises.getItems().stream().filter(e -> e.name().equals(QINGDA)).findFirst().orElseThrow();
        robot.interact(() -> enterprises.scrollTo(qingda));
        robot.clickOn(robot.lookup("#stat-enterprises .list-cell").match(
                (ListCell<?> cell) -> QINGDA.equals(cell.getText())).queryAs(Node.class));
        Spinner<Integer> year = robot.lookup("#stat-year").query();
        ComboBox<Integer> month = robot.lookup("#stat-part").queryComboBox();
        robot.interact(() -> {
            year.getValueFactory().setValue(2025);
            month.setValue(12);
        });
        // the grid is busy from the moment the period is set until its figures are shown
        await(() -> !robot.lookup("#record-save").queryButton().isDisabled());
        robot.clickOn("#stat-value-MAIN_REVENUE").write("48000");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        awaitText(robot, "#form-message", "已保存 2025-12 的 1 项变更。");

        robot.clickOn("#nav-dashboard");
        awaitText(robot, REVENUE_CARD, "60.03 / 60 亿元");
        awaitText(robot, REVENUE_STATUS, "已完成");
    }

    @Test
    void aNewEnterpriseIsOfferedAsPatentOwnerInTheStatisticsListAndForTemplatesWithoutARestart(FxRobot robot)
            throws Exception {
        Enterprise xinquan = RecordFixtures.xinquan(0);
        awaitOpen(robot);
        robot.clickOn("#nav-patents");
        robot.clickOn("#record-new");
        CheckListView<Enterprise> owners = robot.lookup("#patent-owners").query();
        await(() -> !owners.getItems().isEmpty());
        assertThat(owners.getItems()).extracting(Enterprise::name).doesNotContain(xinquan.name());
        robot.clickOn("#nav-statistics");
        ListView<Enterprise> statistics = robot.lookup("#stat-enterprises").queryListView();
        await(() -> !statistics.getItems().isEmpty());
        robot.clickOn("#nav-collection");
        ComboBox<Enterprise> templates = robot.lookup("#template-enterprise").queryComboBox();

        robot.clickOn("#nav-enterprises");
        robot.clickOn("#record-new");
        robot.clickOn("#enterprise-uscc").write(xinquan.uscc());
        robot.clickOn("#enterprise-name").write(xinquan.name());
        robot.clickOn("#enterprise-segment");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                (ListCell<?> cell) -> "环保制造".equals(cell.getText())).queryAs(Node.class));
        robot.clickOn("#enterprise-settled").write("2019-05-20");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        awaitText(robot, "#form-message", "已保存。");

        robot.clickOn("#nav-patents");
        robot.clickOn("#record-new");
        await(() -> owners.getItems().stream().anyMatch(e -> e.name().equals(xinquan.name())));
        robot.clickOn("#nav-statistics");
        await(() -> statistics.getItems().stream().anyMatch(e -> e.name().equals(xinquan.name())));
        robot.clickOn("#nav-collection");
        await(() -> templates.getItems().stream().anyMatch(e -> e.name().equals(xinquan.name())));
    }

    @Test
    void aCommitMadeStraightThroughTheServicesOnAnotherThreadShowsOnTheDashboard(FxRobot robot) throws Exception {
        awaitOpen(robot);
        Services services = model.servicesProperty().get();
        long qingda = services.records().enterprises().list(model.selectedParkProperty().get().id()).stream()
                .filter(e -> e.name().equals(QINGDA)).findFirst().orElseThrow().id();

        CompletableFuture.runAsync(() -> services.records().statistics().save(qingda, StatPeriod.month(2025, 12),
                Map.of("MAIN_REVENUE", new BigDecimal("48000")), Map.of())).get(30, TimeUnit.SECONDS);

        awaitText(robot, REVENUE_CARD, "60.03 / 60 亿元");
        awaitText(robot, REVENUE_STATUS, "已完成");
    }

    @Test
    void aPatentBeingTypedKeepsItsNumberAndOwnersWhenAnEnterpriseIsAddedElsewhere(FxRobot robot) throws Exception {
        awaitOpen(robot);
        robot.clickOn("#nav-patents");
        robot.clickOn("#record-new");
        CheckListView<Enterprise> owners = robot.lookup("#patent-owners").query();
        await(() -> !owners.getItems().isEmpty());
        robot.clickOn("#patent-number").write("ZL202310123456.7");
        Enterprise first = owners.getItems().get(0);
        Enterprise second = owners.getItems().get(1);
        robot.interact(() -> {
            owners.getCheckModel().check(second);
            owners.getCheckModel().check(first);
        });

        Services services = model.servicesProperty().get();
        Enterprise xinquan = RecordFixtures.xinquan(model.selectedParkProperty().get().id());
        CompletableFuture.runAsync(() -> services.records().enterprises().save(xinquan, Map.of()))
                .get(30, TimeUnit.SECONDS);

        await(() -> owners.getItems().stream().anyMatch(e -> e.name().equals(xinquan.name())));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field(robot, "#patent-number")).isEqualTo("ZL202310123456.7");
        assertThat(owners.getCheckModel().getCheckedItems()).extracting(Enterprise::id)
                .containsExactlyInAnyOrderElementsOf(List.of(first.id(), second.id()));
        assertThat(text(robot, "#patent-owner-order")).isEqualTo("1. " + second.name() + "   2. " + first.name());
    }

    /**
     * The window has opened its ledger and shown the dashboard: until then its scene changes under the robot's feet,
     * and a lookup from the test thread can meet a list of children being replaced.
     */
    private static void awaitOpen(FxRobot robot) throws Exception {
        awaitText(robot, REVENUE_CARD, "55.23 / 60 亿元");
    }

    private static void awaitText(FxRobot robot, String id, String expected) throws Exception {
        try {
            await(() -> expected.equals(text(robot, id)));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(id + " shows \"" + text(robot, id) + "\", not \"" + expected + "\"", e);
        }
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static String field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class).getText();
    }
}
