package org.ecopark.ledger.gui.submissions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.ecopark.ledger.gui.DialogService;
import org.ecopark.ledger.gui.UiExecutor;
import org.ecopark.ledger.l10n.I18n;
import org.ecopark.ledger.logic.submission.PackageFiles;
import org.ecopark.ledger.logic.submission.SubmissionFixture;
import org.ecopark.ledger.model.Submission;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Submissions screen: the form, the export into the history table, and "open folder". */
@ExtendWith(ApplicationExtension.class)
class SubmissionsViewTest {

    private SubmissionFixture fixture;
    private SubmissionsViewModel model;
    private Path folder;
    private final List<Path> opened = new ArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        I18n.setLocale(I18n.CHINESE);
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        folder = Files.createTempDirectory("submissions-view");
        fixture = SubmissionFixture.inMemory("submissions-view");
        LocalDate today = LocalDate.of(2026, 1, 8);
        model = new SubmissionsViewModel(fixture.service, fixture.park(),
                today, UiExecutor.synchronous(), () -> today);
        stage.setScene(new Scene(new SubmissionsView(model, new DialogService(), opened::add).build(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anExportShowsInTheHistoryAndItsFolderCanBeOpened(FxRobot robot) {
        robot.clickOn("#submission-unit-head").write("王主任");
        assertThat(robot.lookup("#submission-open-folder").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> model.export(folder.resolve("ZZSZ_2025.zip")));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<Submission> history = robot.lookup("#submission-history").queryAs(TableView.class);
        assertThat(history.getItems()).extracting(Submission::periodCode).containsExactly("2025");
        assertThat(robot.lookup("#submission-status").queryAs(Label.class).getText()).startsWith("已导出");
        assertThat(robot.lookup("#submission-resubmission-hint").queryAs(Label.class).isVisible()).isTrue();
        assertThat(fixture.service.signature("ZZSZ").unitHead()).isEqualTo("王主任");

        robot.clickOn("#submission-open-folder");
        assertThat(opened).containsExactly(folder);
    }

    @Test
    void aReportDatePickedOnTheFormIsPrintedInThePdfsSignatureBlock(FxRobot robot) throws Exception {
        DatePicker picker = robot.lookup("#submission-report-date").queryAs(DatePicker.class);
        robot.clickOn(picker.getEditor()).write("2026-01-12");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.reportDateProperty().get()).isEqualTo(LocalDate.of(2026, 1, 12));

        robot.interact(() -> model.export(folder.resolve("dated.zip")));
        WaitForAsyncUtils.waitForFxEvents();

        try (PDDocument pdf = PackageFiles.pdf(folder.resolve("dated.zip"))) {
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(pdf)).contains("报出日期").contains("2026-01-12");
        }
        assertThat(fixture.service.signature("ZZSZ").reportDate()).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void theSignatureFieldsAndTheOptionsAreOnTheForm(FxRobot robot) {
        for (String id : List.of("#submission-unit-head", "#submission-statistics-head", "#submission-preparer",
                "#submission-phone", "#submission-recipient", "#submission-note")) {
            assertThat(robot.lookup(id).queryAs(TextField.class)).as(id).isNotNull();
        }
        assertThat(robot.lookup("#submission-report-date").queryAs(DatePicker.class)).isNotNull();
        assertThat(robot.lookup("#submission-staff-names").tryQuery()).isPresent();
        assertThat(robot.lookup("#submission-export").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(robot.lookup("#submission-resubmission-hint").queryAs(Label.class).isVisible()).isFalse();
    }
}
