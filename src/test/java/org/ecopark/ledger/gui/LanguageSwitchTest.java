package org.ecopark.ledger.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.ecopark.ledger.gui.targets.TargetRow;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.PeriodType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings → language rebuilds the window in the other language; the user finds the screen as it was: the section,
 * the park, the as-of date, the collection period and tab, the record in a form, the target page open. The reporter
 * saw the collection period go back to the last quarter.
 */
@ExtendWith(ApplicationExtension.class)
class LanguageSwitchTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);

    @TempDir
    static Path folder;
    private static Path demo;

    private MainViewModel model;

    @BeforeAll
    static void demoLedger() {
        demo = DemoWindow.demoLedger(folder);
    }

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        model = DemoWindow.open(stage, demo, folder);
    }

    @AfterEach
    void chineseAgain() throws Exception {
        FxToolkit.cleanupStages();
        I18n.setLocale(I18n.CHINESE);
    }

    @Test
    void switchingToEnglishKeepsTheSectionParkAsOfDatePeriodRecordAndTargetPage(FxRobot robot) throws Exception {
        await(() -> robot.lookup("#card-value-ZZSZ-T02").tryQuery().isPresent());
        robot.interact(() -> model.asOfDateProperty().set(AS_OF));

        robot.clickOn("#nav-collection");
        await(() -> robot.lookup("#collection-period-type").tryQuery().isPresent());
        ComboBox<PeriodType> type = robot.lookup("#collection-period-type").queryComboBox();
        Spinner<Integer> year = robot.lookup("#collection-year").query();
        ComboBox<Integer> part = robot.lookup("#collection-part").queryComboBox();
        assertThat(type.getValue()).as("the default: a quarter").isEqualTo(PeriodType.QUARTER);
        robot.interact(() -> {
            type.setValue(PeriodType.MONTH);
            year.getValueFactory().setValue(2024);
            part.setValue(7);
            tabs(robot, "#collection-tabs").getSelectionModel().select(1);
        });

        robot.clickOn("#nav-enterprises");
        TableView<Enterprise> enterprises = robot.lookup("#enterprises-view #record-table").queryTableView();
        await(() -> enterprises.getItems().size() > 3);
        Enterprise chosen = enterprises.getItems().get(3);
        robot.interact(() -> enterprises.getSelectionModel().select(chosen));
        await(() -> chosen.name().equals(formTitle(robot, "#enterprises-view")));

        robot.clickOn("#nav-targets");
        TableView<TargetRow> targets = robot.lookup("#targets-table").queryTableView();
        await(() -> targets.getItems().stream().anyMatch(row -> row.code().equals("ZZSZ-T02")));
        robot.interact(() -> targets.getSelectionModel().select(targets.getItems().stream()
                .filter(row -> row.code().equals("ZZSZ-T02")).findFirst().orElseThrow()));
        robot.clickOn("#targets-open");
        await(() -> robot.lookup("#target-heading").tryQuery().isPresent());
        assertThat(robot.lookup("#target-heading").queryAs(Label.class).getText()).isEqualTo("ZZSZ-T02  主营业务收入");

        DemoWindow.switchTo(robot, Locale.ENGLISH);

        assertThat(model.sectionProperty().get()).isEqualTo(Section.SETTINGS);
        assertThat(robot.lookup("#nav-settings").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#settings-page").tryQuery()).as("the settings still in view").isPresent();
        assertThat(model.asOfDateProperty().get()).isEqualTo(AS_OF);
        assertThat(robot.lookup("#as-of-date").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2025-06-30");
        Label park = robot.lookup("#status-park").queryAs(Label.class);
        assertThat(park.getText()).isEqualTo("Park: Zaozhuang Shizhong");
        assertThat(park.getTooltip().getText())
                .isEqualTo("Zaozhuang Shizhong Eco-Environmental Protection Industry Featured Park");

        robot.clickOn("#nav-collection");
        await(() -> robot.lookup("#collection-period-type").tryQuery().isPresent());
        assertThat(robot.lookup("#collection-period-type").queryComboBox().getValue()).isEqualTo(PeriodType.MONTH);
        assertThat(robot.lookup("#collection-year").queryAs(Spinner.class).getValue()).isEqualTo(2024);
        assertThat(robot.lookup("#collection-part").queryComboBox().getValue()).isEqualTo(7);
        assertThat(tabs(robot, "#collection-tabs").getSelectionModel().getSelectedIndex()).isEqualTo(1);

        robot.clickOn("#nav-enterprises");
        TableView<Enterprise> again = robot.lookup("#enterprises-view #record-table").queryTableView();
        await(() -> chosen.name().equals(formTitle(robot, "#enterprises-view")));
        assertThat(again.getSelectionModel().getSelectedItem()).extracting(Enterprise::id).isEqualTo(chosen.id());

        robot.clickOn("#nav-targets");
        await(() -> robot.lookup("#target-heading").tryQuery().isPresent());
        assertThat(robot.lookup("#target-heading").queryAs(Label.class).getText())
                .isEqualTo("ZZSZ-T02  Main business revenue");
        assertThat(model.asOfDateProperty().get()).isEqualTo(AS_OF);
    }

    @Test
    void switchingBackToChineseKeepsThemToo(FxRobot robot) throws Exception {
        await(() -> robot.lookup("#card-value-ZZSZ-T02").tryQuery().isPresent());
        robot.clickOn("#nav-collection");
        await(() -> robot.lookup("#collection-period-type").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#collection-period-type").<PeriodType>queryComboBox()
                .setValue(PeriodType.YEAR));
        robot.interact(() -> robot.lookup("#collection-year").<Spinner<Integer>>query().getValueFactory().setValue(2023));

        DemoWindow.switchTo(robot, Locale.ENGLISH);
        DemoWindow.switchTo(robot, I18n.CHINESE);

        robot.clickOn("#nav-collection");
        await(() -> robot.lookup("#collection-period-type").tryQuery().isPresent());
        assertThat(robot.lookup("#collection-period-type").queryComboBox().getValue()).isEqualTo(PeriodType.YEAR);
        assertThat(robot.lookup("#collection-year").queryAs(Spinner.class).getValue()).isEqualTo(2023);
    }

    private static TabPane tabs(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TabPane.class);
    }

    private static String formTitle(FxRobot robot, String section) {
        return robot.lookup(section + " .record-form-title").tryQueryAs(Label.class).map(Label::getText).orElse("");
    }

    private static void await(Callable<Boolean> condition) throws Exception {
        DemoWindow.await(condition);
    }
}
