package org.ecopark.ledger.gui.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Comparator;
import org.ecopark.ledger.model.Plan;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.model.TargetFilter;
import org.ecopark.ledger.model.TargetKind;
import org.ecopark.ledger.model.TargetScope;
import org.ecopark.ledger.model.Unit;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 目标 → 导入计划: the dialog shows the signer and every change; 导入 waits until the fingerprint is said to be
 * checked, then imports; a changed file is refused with its reason and nothing imported.
 */
@ExtendWith(ApplicationExtension.class)
class PlanImportDialogTest {

    private Services issuer;
    private Services park;
    private PlanImportViewModel model;
    private Path folder;
    private Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        this.stage = stage;
        folder = Files.createTempDirectory("plan-import");
        issuer = new Services(Database.inMemory("plan-dialog-issuer-" + System.nanoTime()));
        park = new Services(Database.inMemory("plan-dialog-park-" + System.nanoTime()));
        issuer.targets().createPlan(new Plan(0, "EX-2026", "示例计划（2026—2028年）", "示例计划", null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 0, false));
        issuer.targets().addTarget(new Target(0, "EX-2026", "ZZSZ-2028-T01", TargetScope.PARK, "ZZSZ", "二、(一)1",
                "到2028年，园区主营业务收入达到80亿元。", "主营业务收入", TargetKind.FLOW, Comparator.AT_LEAST,
                new BigDecimal("80"), Unit.YI_YUAN, LocalDate.of(2028, 12, 31), "MAIN_REVENUE_YEAR_SUM", null, null,
                null, false, false, null));
        model = new PlanImportViewModel(park::planFiles, UiExecutor.synchronous());
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @AfterEach
    void close() {
        issuer.close();
        park.close();
    }

    @Test
    void anUnconfirmedSignerIsImportedOnlyOnceTheFingerprintIsChecked(FxRobot robot) throws Exception {
        Path file = folder.resolve("plan.zip");
        issuer.planFiles().export("EX-2026", null, file);
        show(robot, file);

        assertThat(text(robot, "#plan-import-signer")).contains("发送方未确认",
                issuer.signingKeys().key().fingerprint().text());
        assertThat(text(robot, "#plan-import-summary")).startsWith("计划 EX-2026“示例计划（2026—2028年）”，目录版本 1：新增 2 项");
        assertThat(robot.lookup("#plan-import-lines").queryAs(ListView.class).getItems())
                .containsExactly("新增 计划 EX-2026“示例计划（2026—2028年）”", "新增 目标 ZZSZ-2028-T01“主营业务收入”");
        Button apply = robot.lookup("#plan-import-apply").queryAs(Button.class);
        assertThat(apply.isDisabled()).isTrue();

        robot.clickOn("#plan-import-fingerprint-checked");
        assertThat(apply.isDisabled()).isFalse();
        robot.clickOn(apply);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#plan-import-summary")).startsWith("已导入：新增 2 项，变更 0 项");
        assertThat(apply.isDisabled()).as("imported once").isTrue();
        assertThat(park.targets().list(TargetFilter.all().withPlan("EX-2026"))).extracting(Target::code)
                .containsExactly("ZZSZ-2028-T01");
    }

    @Test
    void aFileThatIsNoPlanFileIsRefusedWithItsReason(FxRobot robot) throws Exception {
        Path file = folder.resolve("plan.zip");
        Files.writeString(file, "x");
        show(robot, file);

        assertThat(text(robot, "#plan-import-summary")).isEqualTo("计划文件 plan.zip 未被导入：");
        assertThat(robot.lookup("#plan-import-lines").queryAs(ListView.class).getItems())
                .containsExactly("文件不是计划文件（不是完整的 zip 文件，可能下载或复制不完整）。");
        assertThat(robot.lookup("#plan-import-apply").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#plan-import-fingerprint-checked").tryQuery()).hasValueSatisfying(box ->
                assertThat(box.isVisible()).isFalse());
    }

    private void show(FxRobot robot, Path file) {
        robot.interact(() -> {
            Dialog<Void> dialog = PlanImportDialog.create(stage, model);
            dialog.show();
            model.load(file);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
