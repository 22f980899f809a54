package org.ecopark.ledger.gui.bureau;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.logic.bureau.PlanDistributions;
import org.ecopark.ledger.logic.bureau.Resubmissions;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 计划下发 on its own: 发送计划文件… writes the chosen plan's file into the folder the user picks and the park's row
 * shows the plan sent beside the plan its package reports against, in red when they differ; a plan that cannot be
 * sent says why on the status line.
 */
@ExtendWith(ApplicationExtension.class)
class PlanDistributionPaneTest {

    @TempDir
    static Path shared;

    private static Resubmissions packages;

    @TempDir
    Path folder;

    private Services bureau;
    private PlanDistributionViewModel model;
    /** The folder the user picks; null when the choice is cancelled. */
    private Path chosen;

    @BeforeAll
    static void packages() {
        I18n.setLocale(I18n.CHINESE);
        packages = new Resubmissions(shared);
    }

    @AfterAll
    static void closePark() {
        packages.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        bureau = packages.bureau("枣庄市", shared);
        chosen = folder.resolve("计划文件");
        bureau.packageIntake().receive(packages.later);
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseFolder(String title, Path start) {
                return Optional.ofNullable(chosen);
            }
        };
        model = new PlanDistributionViewModel(bureau::planDistributions, dialogs, UiExecutor.synchronous());
        stage.setScene(new Scene(new PlanDistributionPane(model), 1000, 500));
        stage.show();
        model.load();
    }

    @AfterEach
    void close() {
        bureau.close();
    }

    @Test
    void aSentPlanShowsBesideThePlanTheParkReportsAgainstAndAnotherPlanStandsOut(FxRobot robot) throws Exception {
        waitShown(robot, "#plans-table");
        assertThat(text(robot, "#plans-status")).isEqualTo("1 个园区，其中 0 个与最近发送的计划不一致。");
        assertThat(zzsz(robot).state()).isEqualTo(PlanDistributions.State.NOT_SENT);
        choose(robot, "SD311");

        robot.clickOn("#plans-send");
        WaitForAsyncUtils.waitForFxEvents();

        Path file = folder.resolve("计划文件").resolve("SD311_v2.zip");
        assertThat(file).isRegularFile();
        assertThat(text(robot, "#plans-status")).startsWith("计划 SD311（目录版本 2）的计划文件已写到 " + file.toAbsolutePath());
        assertThat(zzsz(robot).state()).isEqualTo(PlanDistributions.State.SAME);
        assertThat(cellTexts(robot)).contains("SD311 版本 2", "一致");
        assertThat(flagged(robot)).isFalse();

        newPlan("SD-2026", true);
        robot.interact(model::load);
        choose(robot, "SD-2026");
        robot.clickOn("#plans-send");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(zzsz(robot).state()).isEqualTo(PlanDistributions.State.DIFFERENT);
        assertThat(cellTexts(robot)).contains("SD-2026 版本 1", "不一致");
        assertThat(flagged(robot)).isTrue();
    }

    @Test
    void aCancelledFolderChoiceSendsNothing(FxRobot robot) throws Exception {
        waitShown(robot, "#plans-table");
        chosen = null;
        choose(robot, "SD311");

        robot.clickOn("#plans-send");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#plans-status")).isEqualTo("1 个园区，其中 0 个与最近发送的计划不一致。");
        assertThat(bureau.planDistributions().history()).isEmpty();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aPlanThatCannotBeSentSaysWhyAndNothingIsRecorded(FxRobot robot) throws Exception {
        waitShown(robot, "#plans-table");
        newPlan("EMPTY", false);
        robot.interact(model::load);
        choose(robot, "EMPTY");

        robot.clickOn("#plans-send");
        WaitForAsyncUtils.waitForFxEvents();

        Label status = robot.lookup("#plans-status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("计划 EMPTY 无法写成计划文件：");
        assertThat(status.getStyleClass()).contains("exchange-status-error");
        assertThat(bureau.planDistributions().history()).isEmpty();
    }

    private void newPlan(String code, boolean withTarget) {
        bureau.targets().createPlan(new Plan(0, code, "山东省生态环保产业行动计划（2026—2028年）", "2026计划", null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 0, false));
        if (withTarget) {
            bureau.targets().addTarget(new Target(0, code, "ZZSZ-2028-T01", TargetScope.PARK, "ZZSZ", "二、(一)1",
                    "到2028年，园区主营业务收入达到80亿元。", "主营业务收入", TargetKind.FLOW, Comparator.AT_LEAST,
                    new BigDecimal("80"), Unit.YI_YUAN, LocalDate.of(2028, 12, 31), "MAIN_REVENUE_YEAR_SUM", null, null,
                    null, false, false, null));
        }
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String code) {
        ComboBox<Plan> plans = robot.lookup("#plans-plan").queryAs(ComboBox.class);
        Plan plan = plans.getItems().stream().filter(p -> p.code().equals(code)).findFirst().orElseThrow();
        robot.interact(() -> plans.getSelectionModel().select(plan));
    }

    @SuppressWarnings("unchecked")
    private static PlanDistributions.Row zzsz(FxRobot robot) {
        TableView<PlanDistributions.Row> table = robot.lookup("#plans-table").queryAs(TableView.class);
        return table.getItems().stream().filter(row -> row.park().code().equals("ZZSZ")).findFirst().orElseThrow();
    }

    private static java.util.List<String> cellTexts(FxRobot robot) {
        return robot.from(robot.lookup("#plans-table").<Node>query()).lookup(".table-cell")
                .queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(cell -> cell.getTableRow() != null && cell.getTableRow().getItem() != null)
                .map(cell -> cell.getText() == null ? "" : cell.getText()).map(text -> text.replaceAll("（.*", ""))
                .toList();
    }

    private static boolean flagged(FxRobot robot) {
        return robot.from(robot.lookup("#plans-table").<Node>query()).lookup(".table-row-cell").queryAllAs(TableRow.class)
                .stream().anyMatch(row -> row.getItem() != null && row.getStyleClass().contains("exchange-flagged"));
    }

    private static void waitShown(FxRobot robot, String id) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().filter(Node::isVisible)
                .filter(node -> node.getScene().getWindow().isShowing()).isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
