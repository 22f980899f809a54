package org.ecopark.ledger.gui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.BackupRestorer;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.LedgerApp;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.Settled;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.FirstStepsService;
import org.ecopark.ledger.logic.UserPreferences;
import org.ecopark.ledger.logic.collection.ListKind;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Park;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real park's first hour in the real window: a fresh ledger, the demo declined, a park chosen; the guide leads from
 * the office's own 40-enterprise CSV (as Chinese Excel saves it, in GBK) to the first templates. The system's file and
 * folder dialogs are answered by the test.
 */
@ExtendWith(ApplicationExtension.class)
class FirstStepsWindowTest {

    private static final int ENTERPRISES = 40;

    @TempDir
    static Path folder;

    private Path list;
    private Path templates;
    private MainViewModel model;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        Path run = Files.createTempDirectory(folder, "run");
        list = writeList(run.resolve("园区企业名单.csv"));
        templates = Files.createDirectory(run.resolve("模板"));
        DialogService dialogs = new DialogService() {
            @Override
            public Optional<Path> chooseFile(String title, String kinds, String... patterns) {
                assertThat(patterns).contains("*.xlsx", "*.xls", "*.csv");
                return Optional.of(list);
            }

            @Override
            public Optional<Path> chooseFolder(String title, Path start) {
                assertThat(start).as("the chooser starts beside the list imported").isEqualTo(list.getParent());
                return Optional.of(templates);
            }
        };
        model = LedgerApp.start(stage, run.resolve("ledger"), UserPreferences.load(run.resolve("prefs")),
                UiExecutor.background(), dialogs, BackupRestorer.NONE);
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theGuideLeadsFromAnEmptyLedgerToTheFirstTemplatesAndChecksEachStep(FxRobot robot) throws Exception {
        waitShowing(robot, "#demo-offer-choose");
        robot.clickOn("#demo-offer-choose");
        waitShowing(robot, "#park-chooser-list");
        ListView<Park> parks = robot.lookup("#park-chooser-list").queryListView();
        robot.interact(() -> parks.getSelectionModel().select(
                parks.getItems().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow()));
        robot.clickOn(robot.lookup("#park-chooser").queryAs(DialogPane.class).lookupButton(ButtonType.OK));

        waitShowing(robot, "#first-steps");
        assertThat(states(robot)).containsExactly("未完成", "未完成", "未完成");
        assertThat(robot.lookup("#first-steps-templates").queryButton().isDisabled()).isTrue();

        // ① the list import opens on the enterprise list and asks for the file at once
        robot.clickOn("#first-steps-enterprises");
        waitShowing(robot, "#list-check");
        assertThat(robot.lookup("#collection-tabs").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId())
                .isEqualTo("collection-tab-lists");
        assertThat(robot.lookup("#list-kind").queryComboBox().getValue()).isEqualTo(ListKind.ENTERPRISE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> mapped(robot, "#list-map-uscc")
                && mapped(robot, "#list-map-name"));
        robot.clickOn("#list-check");
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#list-commit").queryButton().isDisabled());
        } catch (TimeoutException e) {
            throw new AssertionError("the check did not let the list be imported: " + summary(robot), e);
        }
        robot.clickOn("#list-commit");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> summary(robot).equals(I18n.tr("collection.gui.listImported", ENTERPRISES, 0)));

        robot.clickOn("#nav-dashboard");
        waitShowing(robot, "#first-steps");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> states(robot).get(0).equals("已完成"));
        assertThat(robot.lookup("#first-steps-enterprises-note").queryAs(Label.class).getText()).isEqualTo("已有 40 家企业。");
        assertThat(states(robot)).containsExactly("已完成", "未完成", "未完成");

        // ② the targets section, which checks the step by being shown
        robot.clickOn("#first-steps-targets");
        waitShowing(robot, "#targets-view");
        robot.clickOn("#nav-dashboard");
        waitShowing(robot, "#first-steps");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> states(robot).get(1).equals("已完成"));

        // ③ the template generation for the period proposed, with the folder asked for at once
        robot.clickOn("#first-steps-templates");
        waitShowing(robot, "#template-generate");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !robot.lookup("#template-generate").queryButton().isDisabled());
        robot.clickOn("#template-generate");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> robot.lookup("#template-status").queryAs(Label.class)
                .getText().startsWith("已生成 " + ENTERPRISES + " 个模板"));
        try (Stream<Path> files = Files.list(templates)) {
            assertThat(files.filter(f -> f.getFileName().toString().endsWith(".xlsx")).toList()).hasSize(ENTERPRISES)
                    .allSatisfy(f -> assertThat(f.getFileName().toString()).startsWith("ZZSZ_2026Q3_"));
        }

        robot.clickOn("#nav-dashboard");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#first-steps").query().isVisible());
        Park zzsz = model.selectedParkProperty().get();
        FirstStepsService.Steps steps = model.servicesProperty().get().firstSteps().steps(zzsz);
        assertThat(steps.enterprises()).isEqualTo(ENTERPRISES);
        assertThat(steps.targetsChecked()).isTrue();
        assertThat(steps.templatesPeriod()).hasValue("2026Q3");
    }

    /** A list as an office keeps it: a running number, the code, the name, the segment, a contact, saved by Excel in GBK. */
    private static Path writeList(Path file) throws Exception {
        StringBuilder text = new StringBuilder("序号,统一社会信用代码,企业名称,所属领域,联系人,联系电话\r\n");
        String[] places = {"枣庄", "山东", "鲁南", "齐鲁", "峄城", "薛城"};
        String[] trades = {"环保科技", "水处理材料", "再生资源", "环境工程", "固废处置", "节能设备", "新材料", "环境监测"};
        String[] segments = {"环境服务", "环保制造", "资源综合利用", "环境服务", "资源综合利用", "环保制造", "环保制造", "环境服务"};
        for (int i = 1; i <= ENTERPRISES; i++) {
            text.append(i).append(',').append(RecordFixtures.uscc(String.format("MA%06d", 3000 + i * 7))).append(',')
                    .append(places[(i - 1) / trades.length]).append(trades[(i - 1) % trades.length]).append("有限公司,")
                    .append(segments[(i - 1) % segments.length]).append(',')
                    .append("联系人").append(i).append(",0632-31").append(String.format("%05d", i)).append("\r\n");
        }
        Files.writeString(file, text, Charset.forName("GBK"));
        return file;
    }

    private static List<String> states(FxRobot robot) {
        return Stream.of("enterprises", "targets", "templates").map(step ->
                robot.lookup("#first-steps-" + step + "-state").queryAs(Label.class).getAccessibleText()).toList();
    }

    private static String summary(FxRobot robot) {
        return robot.lookup("#list-summary").tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private static boolean mapped(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(node -> ((ComboBox<?>) node).getValue() != null).orElse(false);
    }

    /** Waits until the node is present, visible and in a window that is showing (dialogs appear asynchronously). */
    private static void waitShowing(FxRobot robot, String query) throws Exception {
        Settled.shown(robot, query, 60);
    }
}
