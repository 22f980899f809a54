package org.ecopark.ledger.gui.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.records.RecordFixtures;
import org.ecopark.ledger.model.Enterprise;
import org.ecopark.ledger.model.ProjectCategory;
import org.ecopark.ledger.model.ProjectProgress;
import org.ecopark.ledger.model.ProjectStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Enters a project with two progress entries through the real form. */
@ExtendWith(ApplicationExtension.class)
class ProjectFormTest {

    private RecordsHarness ledger;
    private Enterprise xinquan;

    @Start
    void start(Stage stage) {
        I18n.setLocale(I18n.CHINESE);
        ledger = new RecordsHarness("project-form", LocalDate.of(2025, 8, 15));
        xinquan = ledger.add(RecordFixtures.xinquan(ledger.park.id()));
        ledger.show(stage, ProjectsView::create);
    }

    @BeforeEach
    void waitForTheLedger(FxRobot robot) throws Exception {
        RecordsHarness.awaitView(robot, "#record-table");
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aProjectWithTwoProgressEntriesIsEnteredAndSavedWithThem(FxRobot robot) throws Exception {
        robot.clickOn("#project-name").write("年产 5 万吨聚合氯化铝铁扩建项目");
        // chosen like the other lists below: a click on the field depends on where the window's theme (JVM-wide, set
        // by whichever test ran before) has laid the form out
        robot.interact(() -> robot.lookup("#project-category").queryAs(ComboBox.class)
                .setValue(ProjectCategory.CONSTRUCTION));
        robot.interact(() -> robot.lookup("#project-status").queryAs(ComboBox.class).setValue(ProjectStatus.IN_PROGRESS));
        robot.interact(() -> robot.lookup("#project-enterprise").queryAs(ComboBox.class).setValue(xinquan.id()));
        robot.clickOn("#project-investment").write("12000");
        robot.clickOn("#project-start").write("2024-03-01");
        robot.clickOn("#project-planned").write("2025-10-31");

        // the entry row sits below the fields; scroll to it as a user would
        robot.interact(() -> robot.lookup("#projects-view-form").queryAs(ScrollPane.class).setVvalue(1.0));
        enterProgress(robot, "2024-06-30", "3200", "25");
        enterProgress(robot, "2024-12-31", "7600", "60");
        assertThat(robot.lookup("#progress-table").queryAs(TableView.class).getItems()).hasSize(2);

        robot.clickOn("#project-name");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#form-message").queryAs(Label.class).getText()).isEqualTo("已保存。");
        assertThat(robot.lookup("#record-table").queryAs(TableView.class).getItems()).hasSize(1);
        assertThat(ledger.records().projects().list(ledger.park.id())).singleElement().satisfies(project -> {
            assertThat(project.category()).isEqualTo(ProjectCategory.CONSTRUCTION);
            assertThat(project.enterpriseId()).isEqualTo(xinquan.id());
            assertThat(project.plannedInvestment()).isEqualByComparingTo("12000");
            assertThat(project.progress()).extracting(ProjectProgress::percentComplete)
                    .containsExactly(new BigDecimal("25"), new BigDecimal("60"));
            assertThat(project.progress()).extracting(ProjectProgress::reportedOn)
                    .containsExactly(LocalDate.of(2024, 6, 30), LocalDate.of(2024, 12, 31));
        });
    }

    private static void enterProgress(FxRobot robot, String day, String investment, String percent) {
        robot.clickOn("#progress-date").write(day);
        robot.clickOn("#progress-investment").write(investment);
        robot.clickOn("#progress-percent").write(percent);
        robot.clickOn("#progress-add");
        WaitForAsyncUtils.waitForFxEvents();
    }
}
