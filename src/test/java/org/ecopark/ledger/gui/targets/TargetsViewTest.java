package org.ecopark.ledger.gui.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.MainViewModel;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.gui.ViewContext;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.Services;
import org.ecopark.ledger.model.Park;
import org.ecopark.ledger.model.Target;
import org.ecopark.ledger.persistence.Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The target list of 枣庄市中区, a target's page, and a baseline edited and saved. */
@ExtendWith(ApplicationExtension.class)
class TargetsViewTest {

    private Services services;
    private MainViewModel main;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        // The theme the window uses: the feature's CSS refers to its colour variables.
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        services = new Services(Database.inMemory("targets-view-" + System.nanoTime()));
        main = new MainViewModel(UiExecutor.synchronous(), path -> services);
        // The ledger opens through a task, whose result arrives on the FX thread after this method returns.
        main.open(Path.of("unused"), opened -> {
            Park zaozhuang = main.parks().stream().filter(p -> p.code().equals("ZZSZ")).findFirst().orElseThrow();
            main.choosePark(zaozhuang);
            ViewContext context = new ViewContext(main, new DialogService(), UiExecutor.synchronous(), () -> { });
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(TargetsView.create(context)), 1200, 800));
            stage.show();
        }, error -> { });
    }

    @AfterEach
    void close() {
        main.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aParksListOpensATargetWhoseBaselineIsEditedAndSaved(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        TableView<TargetRow> table = robot.lookup("#targets-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(7).allMatch(row -> row.target().scopeCode().equals("ZZSZ"));
        assertThat(robot.lookup("#targets-status").queryAs(Label.class).getText()).isEqualTo("共 7 个目标");

        int revenueRow = table.getItems().stream().map(TargetRow::code).toList().indexOf("ZZSZ-T02");
        robot.interact(() -> table.getSelectionModel().select(revenueRow));
        robot.clickOn("#targets-open");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#target-sentence").queryAs(Label.class).getText())
                .isEqualTo("到 2025 年，各类环保新材料（水处理剂）生产能力达到 100 万吨，实现主营业务收入 60 亿元。");
        assertThat(robot.lookup("#target-requirement").queryAs(Label.class).getText()).isEqualTo("≥ 60 亿元");
        assertThat(robot.lookup("#target-note").queryAs(Label.class).getText()).contains("按不低于60亿元读取");
        assertThat(robot.lookup("#target-save").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#target-baseline-value").write("41.5");
        assertThat(robot.lookup("#target-error").queryAs(Label.class).getText()).contains("同时填写");
        robot.interact(() -> robot.lookup("#target-baseline-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2022, 12, 31)));
        robot.clickOn("#target-user-note").write("2022 年统计年报");
        assertThat(robot.lookup("#target-save").queryAs(Button.class).isDisabled()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#target-saved").queryAs(Label.class).getText()).isEqualTo("已保存。");
        Target stored = services.targets().find("SD311", "ZZSZ-T02").orElseThrow();
        assertThat(stored.baselineValue()).isEqualByComparingTo(new BigDecimal("41.5"));
        assertThat(stored.baselineDate()).isEqualTo(LocalDate.of(2022, 12, 31));
        assertThat(stored.userNote()).isEqualTo("2022 年统计年报");

        robot.clickOn("#target-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#targets-table").tryQuery()).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPlanAddedElsewhereKeepsThePlanChosenInTheFilter(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<Choice<org.ecopark.ledger.model.Plan>> plan =
                robot.lookup("#targets-filter-plan").queryAs(javafx.scene.control.ComboBox.class);
        assertThat(plan.getValue().label()).isEqualTo("311工程");

        services.targets().createPlan(new org.ecopark.ledger.model.Plan(0, "EX-2026", "示例计划", "示例", null, null,
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), 0, false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(plan.getItems()).extracting(Choice::label).contains("311工程", "示例");
        assertThat(plan.getValue().label()).isEqualTo("311工程");
        assertThat(plan.getSelectionModel().getSelectedItem()).as("what the box shows").isEqualTo(plan.getValue());
    }
}
